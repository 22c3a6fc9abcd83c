-module(beh_complete_ok).
-behaviour(application).
-export([start/2, stop/1]).
start(_, _) -> {error, no}.
stop(_) -> ok.

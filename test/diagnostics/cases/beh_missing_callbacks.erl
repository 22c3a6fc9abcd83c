-module(beh_missing_callbacks).
-behaviour(gen_server).
-export([init/1]).
init(A) -> {ok, A}.

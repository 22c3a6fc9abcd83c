-module(beh_gen_event).
-behaviour(gen_event).
-export([init/1]).
init(A) -> {ok, A}.

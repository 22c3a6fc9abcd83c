-module(beh_american_spelling).
-behavior(gen_statem).
-export([init/1]).
init(A) -> {ok, idle, A}.

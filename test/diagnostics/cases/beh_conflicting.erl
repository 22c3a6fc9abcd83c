-module(beh_conflicting).
-behaviour(gen_server).
-behaviour(supervisor).
-export([init/1, handle_call/3, handle_cast/2]).
init(A) -> {ok, A}.
handle_call(_, _, S) -> {reply, ok, S}.
handle_cast(_, S) -> {noreply, S}.

#!/usr/bin/env escript
-module(gsrv_undef_callback).
-export([main/1, init/1, handle_call/3]).
-mode(compile).
%% Exercises: callbacks that do not exist: a cast to a module without handle_cast/2
%% ('function not exported' in the report), a server whose module does not exist
%% (start fails with undef)

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, state, []),
    M = monitor(process, P),
    gen_server:cast(P, hello),
    receive {'DOWN', M, _, _, {R, [Top | _]}} -> timer:sleep(100), io:format("~p ~p~n", [R, Top]) end,
    {error, {undef, [Top2 | _]}} = gen_server:start(gsrv_undef_nomodule, [], []),
    timer:sleep(100),
    io:format("~p~n", [Top2]),
    ok.

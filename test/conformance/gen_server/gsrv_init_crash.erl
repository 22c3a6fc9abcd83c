#!/usr/bin/env escript
-module(gsrv_init_crash).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: init/1 that fails: an error ({error, {R, Stack}} for the starter and a
%% crash report), an exit, start_link while trapping exits (the 'EXIT' message), and
%% the name being free again at once

init(error) -> {ok, _} = id(nope);
init(exit) -> exit(init_exit);
init(ok) -> {ok, fine}.

handle_call(_, _, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    {error, {R, [Top | _]}} = gen_server:start({local, gsrv_ic}, ?MODULE, error, []),
    timer:sleep(50),
    io:format("~p ~p~n", [R, Top]),
    io:format("~p~n", [whereis(gsrv_ic)]),
    R2 = gen_server:start({local, gsrv_ic}, ?MODULE, exit, []),
    timer:sleep(50),
    io:format("~p~n", [R2]),
    process_flag(trap_exit, true),
    R3 = gen_server:start_link(?MODULE, exit, []),
    timer:sleep(50),
    io:format("~p~n", [R3]),
    receive {'EXIT', _, Why} -> io:format("EXIT ~p~n", [Why]) after 100 -> io:format("no EXIT~n") end,
    {ok, P} = gen_server:start({local, gsrv_ic}, ?MODULE, ok, []),
    io:format("~p~n", [whereis(gsrv_ic) =:= P]),
    ok.

id(X) -> X.

#!/usr/bin/env escript
-module(ge_start_names).
-export([main/1]).
-mode(compile).
%% Exercises: start/0,1,2 with local/global/via names, already_started, bad arguments, registered_name

main(_) ->
    {ok, P1} = gen_event:start({local, ge_start_names_a}),
    io:format("~p~n", [whereis(ge_start_names_a) =:= P1]),
    io:format("~p~n", [process_info(P1, registered_name)]),
    {error, {already_started, P1b}} = gen_event:start({local, ge_start_names_a}),
    io:format("already ~p~n", [P1b =:= P1]),
    {ok, P2} = gen_event:start({global, ge_start_names_g}),
    io:format("~p~n", [global:whereis_name(ge_start_names_g) =:= P2]),
    {error, {already_started, P2b}} = gen_event:start({global, ge_start_names_g}, []),
    io:format("already ~p~n", [P2b =:= P2]),
    {ok, P3} = gen_event:start({via, global, ge_start_names_v}, []),
    io:format("~p~n", [global:whereis_name(ge_start_names_v) =:= P3]),
    io:format("~p~n", [gen_event:which_handlers({global, ge_start_names_g})]),
    io:format("~p~n", [gen_event:which_handlers({via, global, ge_start_names_v})]),
    {ok, P4} = gen_event:start([]),
    io:format("~p~n", [process_info(P4, registered_name)]),
    {ok, P5} = gen_event:start({local, ge_start_names_b}, [{timeout, 1000}]),
    io:format("~p~n", [is_pid(P5)]),
    io:format("~p~n", [e(catch gen_event:start(ge_start_names_bad))]),
    io:format("~p~n", [e(catch gen_event:start({local, "str"}))]),
    [ok = gen_event:stop(P) || P <- [P1, P2, P3, P4, P5]],
    io:format("~p~n", [whereis(ge_start_names_a)]),
    io:format("~p~n", [global:whereis_name(ge_start_names_g)]),
    io:format("done~n").

%% the error and the function it was raised in, without the (file, line) locations
e({'EXIT', {R, [{M, F, A, _} | _]}}) -> {R, {M, F, A}};
e(Other) -> Other.

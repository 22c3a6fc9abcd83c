#!/usr/bin/env escript
-module(sup_simple).
-export([main/1, init/1, start_w/2]).
-mode(compile).
%% Exercises: simple_one_for_one: start_child appends its arguments, children
%% listed with id undefined, terminate_child by pid, the calls it refuses.

init(X) -> {ok, {#{strategy => simple_one_for_one},
                 [#{id => w, start => {?MODULE, start_w, [X]}, restart => temporary}]}}.

start_w({Main, X}, Y) ->
    {ok, spawn_link(fun() -> Main ! {hello, X, Y}, receive stop -> ok end end)}.

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, {self(), first}),
    {ok, P1} = supervisor:start_child(S, [one]),
    {ok, P2} = supervisor:start_child(S, [two]),
    io:format("~p~n", [lists:sort([receive {hello, A, B} -> {A, B} end || _ <- [1, 2]])]),
    io:format("~p~n", [lists:sort(supervisor:which_children(S)) =:= lists:sort([{undefined, P, worker, [?MODULE]} || P <- [P1, P2]])]),
    io:format("~p~n", [supervisor:count_children(S)]),
    {error, {'EXIT', {undef, [Top | _]}}} = supervisor:start_child(S, [a, b]),
    io:format("undef ~p~n", [Top]),
    io:format("~p~n", [supervisor:terminate_child(S, P1)]),
    io:format("alive ~p~n", [is_process_alive(P1)]),
    io:format("~p~n", [supervisor:terminate_child(S, P1)]),
    io:format("~p~n", [supervisor:terminate_child(S, w)]),
    io:format("~p~n", [supervisor:delete_child(S, w)]),
    io:format("~p~n", [supervisor:restart_child(S, w)]),
    io:format("~p~n", [supervisor:get_childspec(S, w)]),
    io:format("~p~n", [supervisor:get_childspec(S, P2)]),
    io:format("~p~n", [supervisor:terminate_child(S, self())]),
    P2 ! stop,
    timer:sleep(30),
    io:format("~p~n", [supervisor:count_children(S)]),
    io:format("~p~n", [supervisor:which_children(S)]),
    unlink(S), exit(S, kill).

#!/usr/bin/env escript
-module(sup_process_info).
-export([main/1, init/1, start_w/0]).
-mode(compile).
%% Exercises: what a supervisor process looks like: trap_exit, links to its
%% parent and children, registered name, ancestors, initial call as proc_lib
%% translates it.

init(_) -> {ok, {{one_for_one, 1, 5}, [#{id => w, start => {?MODULE, start_w, []}}]}}.

start_w() ->
    {ok, spawn_link(fun() -> receive _ -> ok end end)}.

main(_) ->
    {ok, S} = supervisor:start_link({local, pi_sup}, ?MODULE, []),
    [{w, W, _, _}] = supervisor:which_children(S),
    io:format("~p~n", [process_info(S, trap_exit)]),
    io:format("~p~n", [process_info(S, registered_name)]),
    {links, L} = process_info(S, links),
    io:format("~p~n", [lists:sort(L) =:= lists:sort([self(), W])]),
    {dictionary, D} = process_info(S, dictionary),
    io:format("~p~n", [proplists:get_value('$ancestors', D) =:= [self()]]),
    io:format("~p~n", [proc_lib:initial_call(S)]),
    io:format("~p~n", [proc_lib:translate_initial_call(S)]),
    {ok, S2} = supervisor:start_link(?MODULE, []),
    io:format("~p~n", [proc_lib:translate_initial_call(S2)]),
    io:format("~p~n", [process_info(S2, registered_name)]),
    unlink(S), exit(S, kill), unlink(S2), exit(S2, kill).

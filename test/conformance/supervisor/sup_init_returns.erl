#!/usr/bin/env escript
-module(sup_init_returns).
-export([main/1, init/1]).
-mode(compile).
%% Exercises: init/1 returning ignore, something else, or raising: what
%% start_link/2,3 return and the exit signal the caller gets.

init(ignore) -> ignore;
init({return, X}) -> X;
init({raise, C, R}) -> erlang:raise(C, R, []);
init(ok) -> {ok, {{one_for_one, 1, 1}, []}}.

show(Res) -> timer:sleep(30), io:format("~p~n", [Res]).

main(_) ->
    process_flag(trap_exit, true),
    show(supervisor:start_link(?MODULE, ignore)),
    show(supervisor:start_link({local, si_name}, ?MODULE, ignore)),
    io:format("~p~n", [whereis(si_name)]),
    show(supervisor:start_link(?MODULE, {return, {ok, nope}})),
    show(supervisor:start_link(?MODULE, {return, {error, why}})),
    show(supervisor:start_link(?MODULE, {return, {ok, {a, b, c}}})),
    show(supervisor:start_link(?MODULE, {raise, throw, {ok, {{one_for_one, 1, 1}, []}}})),
    timer:sleep(30),
    Flush = fun F() -> receive {'EXIT', _, R} -> io:format("exit ~p~n", [R]), F() after 20 -> ok end end,
    Flush(),
    {ok, S} = supervisor:start_link({local, si_name}, ?MODULE, ok),
    io:format("~p~n", [whereis(si_name) =:= S]),
    io:format("~p~n", [supervisor:start_link({local, si_name}, ?MODULE, ok) =:= {error, {already_started, S}}]),
    io:format("~p~n", [supervisor:which_children(si_name)]),
    exit(S, shutdown),
    Flush().

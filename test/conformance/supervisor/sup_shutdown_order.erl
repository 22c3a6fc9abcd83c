#!/usr/bin/env escript
-module(sup_shutdown_order).
-export([main/1, init/1, start_w/2]).
-mode(compile).
%% Exercises: a supervisor that is told to stop terminates its children in
%% reverse start order, each with exit(Child, shutdown), before it exits.

init(Log) -> {ok, {{one_for_one, 1, 5}, [#{id => N, start => {?MODULE, start_w, [N, Log]}, shutdown => 1000}
                                         || N <- [first, second, third, fourth]]}}.

start_w(N, Log) ->
    {ok, spawn_link(fun() ->
                            process_flag(trap_exit, true),
                            receive {'EXIT', From, R} ->
                                    Log ! {N, R, From =:= whereis(so_sup)},
                                    exit(R)
                            end
                    end)}.

main(_) ->
    process_flag(trap_exit, true),
    {ok, S} = supervisor:start_link({local, so_sup}, ?MODULE, self()),
    {ok, _} = supervisor:start_child(S, #{id => fifth, start => {?MODULE, start_w, [fifth, self()]}}),
    exit(S, shutdown),
    receive {'EXIT', S, R} -> io:format("sup exit ~p~n", [R]) end,
    Got = fun F() -> receive {_, _, _} = M -> [M | F()] after 50 -> [] end end,
    io:format("~p~n", [Got()]).

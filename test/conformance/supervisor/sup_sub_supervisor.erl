#!/usr/bin/env escript
-module(sup_sub_supervisor).
-export([main/1, init/1, start_w/2]).
-mode(compile).
%% Exercises: terminate_child and restart_child of a child supervisor (default
%% shutdown infinity): its own children are terminated first, in reverse order.

init(top) -> {ok, {{one_for_one, 1, 5}, [#{id => sub, start => {supervisor, start_link, [?MODULE, sub]},
                                           type => supervisor}]}};
init(sub) -> {ok, {{one_for_one, 1, 5}, [#{id => I, start => {?MODULE, start_w, [I, slow]}} || I <- [k1, k2, k3]]}}.

start_w(Name, slow) ->
    Pid = spawn_link(fun() ->
                            process_flag(trap_exit, true),
                            receive {'EXIT', _, R} -> timer:sleep(10), ssub_main ! {Name, R}, exit(R) end
                    end),
    register(Name, Pid),
    {ok, Pid}.

collect() -> receive {N, R} -> [{N, R} | collect()] after 50 -> [] end.

main(_) ->
    register(ssub_main, self()),
    {ok, S} = supervisor:start_link(?MODULE, top),
    io:format("~p~n", [supervisor:get_childspec(S, sub)]),
    io:format("~p~n", [supervisor:terminate_child(S, sub)]),
    io:format("~p~n", [collect()]),
    {ok, Sub} = supervisor:restart_child(S, sub),
    io:format("~p~n", [[Id || {Id, _, _, _} <- supervisor:which_children(Sub)]]),
    io:format("~p~n", [[is_pid(whereis(N)) || N <- [k1, k2, k3]]]),
    unlink(S), exit(S, kill).

#!/usr/bin/env escript
-module(sup_parent_exit).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: a supervisor whose parent exits (shutdown) terminates its
%% children and exits with the parent's reason; gen_server:stop/1 and
%% proc_lib:stop/1 stop a supervisor with its children too.

init(Main) -> {ok, {{one_for_one, 1, 5}, [#{id => I, start => {?MODULE, start_w, [{I, Main}]}} || I <- [1, 2]]}}.

start_w({I, Main}) ->
    {ok, spawn_link(fun() ->
                            process_flag(trap_exit, true),
                            receive {'EXIT', _, R} -> Main ! {child, I, R}, exit(R) end
                    end)}.

collect() -> receive {child, I, R} -> [{I, R} | collect()] after 50 -> [] end.

main(_) ->
    Main = self(),
    Parent = spawn(fun() ->
                           {ok, S} = supervisor:start_link(?MODULE, Main),
                           Main ! {sup, S},
                           receive go -> exit(shutdown) end
                   end),
    S = receive {sup, Sup} -> Sup end,
    M = monitor(process, S),
    Parent ! go,
    receive {'DOWN', M, _, _, R} -> io:format("sup ~p~n", [R]) end,
    io:format("~p~n", [collect()]),
    {ok, S2} = supervisor:start_link(?MODULE, Main),
    io:format("~p~n", [gen_server:stop(S2)]),
    io:format("~p ~p~n", [is_process_alive(S2), collect()]),
    {ok, S3} = supervisor:start_link(?MODULE, Main),
    unlink(S3),
    io:format("~p~n", [proc_lib:stop(S3, shutdown, 1000)]),
    io:format("~p ~p~n", [is_process_alive(S3), collect()]).

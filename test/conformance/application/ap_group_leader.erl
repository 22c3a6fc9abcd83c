#!/usr/bin/env escript
-module(ap_group_leader).
-behaviour(application).
-export([main/1, start/2, stop/1, worker/0]).
-mode(compile).
%% Exercises: the application master as the group leader of the application's
%% processes: their output reaches the terminal, get_application/0,1 and
%% get_env/1 work from them, and stop kills every process of the application

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    ok = application:load({application, agl, [{mod, {?MODULE, []}}, {modules, [?MODULE]},
                                              {env, [{greeting, hello}]}]}),
    ok = application:start(agl),
    W = whereis(agl_worker),
    W ! {report, self()},
    receive {reported, Info} -> P(Info) end,
    P(application:get_application()),
    P(application:get_application(W)),
    P(application:get_application(?MODULE)),
    P(application:get_application(no_such_module)),
    P(application:get_env(greeting)),
    {group_leader, GL} = process_info(W, group_leader),
    P(GL =:= group_leader()),
    Stray = spawn(fun() -> group_leader(GL, self()), receive after infinity -> ok end end),
    ok = application:stop(agl),
    timer:sleep(50),
    P({is_process_alive(W), is_process_alive(Stray)}),
    io:format("done~n").

start(normal, []) ->
    Top = spawn_link(fun() ->
                             register(agl_worker, spawn_link(?MODULE, worker, [])),
                             receive after infinity -> ok end
                     end),
    {ok, Top}.

stop(_) -> ok.

worker() ->
    receive
        {report, From} ->
            io:format("worker writes through its group leader~n"),
            From ! {reported, {application:get_application(), application:get_env(greeting),
                               application:get_key(modules)}},
            worker()
    end.

#!/usr/bin/env escript
-module(rg_unregister_self).
-export([main/1]).
-mode(compile).
%% Exercises: a process unregistering its own name; a name-monitor made before still fires with {Name, Node}

main(_) ->
    Me = self(),
    P = spawn(fun() ->
                      register(rg_us_name, self()),
                      Me ! registered,
                      receive unreg -> Me ! {unregistered, unregister(rg_us_name)} end,
                      receive stop -> ok end
              end),
    receive registered -> ok end,
    Ref = monitor(process, rg_us_name),
    P ! unreg,
    receive {unregistered, R} -> io:format("unregister returned ~p~n", [R]) end,
    io:format("whereis ~p~n", [whereis(rg_us_name)]),
    io:format("pinfo ~p~n", [process_info(P, registered_name)]),
    {monitors, Ms} = process_info(self(), monitors),
    io:format("our monitors ~p~n", [Ms]),
    P ! stop,
    receive {'DOWN', Ref, process, Obj, Why} -> io:format("down ~p ~p~n", [Obj, Why]) end,
    %% unregister self inside main
    true = register(rg_us_main, self()),
    io:format("~p ~p~n", [unregister(rg_us_main), whereis(rg_us_main)]).

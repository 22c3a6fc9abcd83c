#!/usr/bin/env escript
-module(pr_pinfo_monitors).
-export([main/1]).
-mode(compile).
%% Exercises: process_info/2 monitors and monitored_by, their shapes, before and after demonitor and exit

main(_) ->
    Me = self(),
    io:format("~p~n", [process_info(self(), monitors)]),
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("~p~n", [process_info(P, monitored_by)]),
    Ref = monitor(process, P),
    {monitors, Ms} = process_info(self(), monitors),
    io:format("monitors ~p~n", [Ms =:= [{process, P}]]),
    {monitored_by, MB} = process_info(P, monitored_by),
    io:format("monitored_by ~p~n", [MB =:= [Me]]),
    %% a second monitor on the same process: two entries
    Ref2 = monitor(process, P),
    {monitors, Ms2} = process_info(self(), monitors),
    io:format("two monitors ~p~n", [Ms2 =:= [{process, P}, {process, P}]]),
    {monitored_by, MB2} = process_info(P, monitored_by),
    io:format("monitored_by twice ~p~n", [MB2 =:= [Me, Me]]),
    true = demonitor(Ref2),
    {monitors, Ms3} = process_info(self(), monitors),
    io:format("after demonitor ~p~n", [Ms3 =:= [{process, P}]]),
    %% another process monitors P too
    Other = spawn(fun() ->
                          OR = monitor(process, P),
                          Me ! ready,
                          receive {'DOWN', OR, process, P, _} -> ok end,
                          Me ! {other_monitors, process_info(self(), monitors)},
                          receive stop -> ok end
                  end),
    receive ready -> ok end,
    {monitored_by, MB3} = process_info(P, monitored_by),
    io:format("monitored by us and other ~p~n", [lists:sort(MB3) =:= lists:sort([Me, Other])]),
    P ! stop,
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    io:format("after DOWN ~p~n", [process_info(self(), monitors)]),
    {monitors, OM} = receive {other_monitors, OMs} -> OMs end,
    io:format("other's monitor gone ~p~n", [OM]),
    Other ! stop,
    %% monitor of a registered process is shown by name
    Q = spawn(fun() -> receive stop -> ok end end),
    register(pr_pim_named, Q),
    RefQ = monitor(process, pr_pim_named),
    io:format("~p~n", [process_info(self(), monitors)]),
    demonitor(RefQ),
    Q ! stop.

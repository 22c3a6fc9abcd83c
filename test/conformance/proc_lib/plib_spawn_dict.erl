#!/usr/bin/env escript
-module(plib_spawn_dict).
-export([main/1, report/1, report2/0]).
-mode(compile).
%% Exercises: proc_lib:spawn/1,3, spawn_link/3, spawn_opt/2,4: '$ancestors' and
%% '$initial_call' in the new process's dictionary, initial_call/1 and
%% translate_initial_call/1 from inside and outside the process

report(Parent) ->
    Parent ! {dict, self(), get('$ancestors'), get('$initial_call'),
              proc_lib:initial_call(self()), proc_lib:translate_initial_call(self())},
    receive stop -> ok end.

report2() ->
    receive {From, go} -> From ! {anc, get('$ancestors')} end.

main(_) ->
    Self = self(),
    P1 = proc_lib:spawn(?MODULE, report, [Self]),
    show(P1),
    P2 = proc_lib:spawn_link(?MODULE, report, [Self]),
    show(P2),
    P3 = proc_lib:spawn(fun() -> report(Self) end),
    show(P3),
    P4 = proc_lib:spawn_opt(?MODULE, report, [Self], [link]),
    show(P4),
    {P5, Ref} = proc_lib:spawn_opt(?MODULE, report, [Self], [monitor]),
    show(P5),
    P5 ! stop,
    receive {'DOWN', Ref, process, P5, R} -> io:format("down ~p~n", [R]) end,
    register(plib_spawn_dict_main, self()),
    P6 = proc_lib:spawn(fun() ->
                                Q = proc_lib:spawn(?MODULE, report2, []),
                                Q ! {self(), go},
                                receive A -> Self ! A end
                        end),
    receive {anc, Anc} -> io:format("nested ~p~n", [Anc =:= [P6, plib_spawn_dict_main]]) end,
    io:format("plain: ~p ~p~n", [proc_lib:initial_call(self()),
                                 proc_lib:translate_initial_call(self())]),
    [P ! stop || P <- [P1, P2, P3, P4]],
    ok.

show(P) ->
    receive
        {dict, P, Anc, IC, IC2, TIC} ->
            io:format("~p ~p ~p ~p~n", [Anc =:= [self()], IC, IC2, TIC])
    end.

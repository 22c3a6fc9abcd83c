#!/usr/bin/env escript
-module(plib_crash_fun).
-export([main/1]).
-mode(compile).
%% Exercises: the crash report of a proc_lib:spawn/1 fun (initial call of the fun),
%% a registered name, messages left in the queue, dictionary entries, trap_exit

main(_) ->
    Q = proc_lib:spawn(fun() ->
                               register(plib_crash_fun_victim, self()),
                               put(colour, blue),
                               put(count, 3),
                               process_flag(trap_exit, true),
                               receive go -> ok end,
                               erlang:error({bad, thing})
                       end),
    M = monitor(process, Q),
    timer:sleep(10),
    Q ! hello,
    Q ! {more, [1, 2, 3]},
    Q ! go,
    receive
        {'DOWN', M, process, Q, {Reason, [Top | _]}} ->
            timer:sleep(50),
            io:format("~p ~p~n", [Reason, element(1, Top)])
    end.

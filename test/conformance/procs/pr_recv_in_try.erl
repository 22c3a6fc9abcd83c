#!/usr/bin/env escript
-module(pr_recv_in_try).
-export([main/1]).
-mode(compile).
%% Exercises: receive inside try: errors raised in clause bodies, after clauses, timeouts inside try

main(_) ->
    self() ! {div_by, 0},
    R1 = try
             receive {div_by, N} -> 10 div N end
         catch
             error:badarith -> caught_badarith
         end,
    io:format("~p~n", [R1]),
    self() ! {throw_me, ball},
    R2 = try
             receive {throw_me, B} -> throw(B) end
         catch
             throw:X -> {thrown, X}
         after
             io:format("after ran~n")
         end,
    io:format("~p~n", [R2]),
    R3 = try receive never -> no after 5 -> timed_out end of
             timed_out -> via_of
         catch
             _:_ -> wrong
         end,
    io:format("~p~n", [R3]),
    %% a receive in the after block of a try
    self() ! cleanup_msg,
    R4 = try ok after receive cleanup_msg -> io:format("cleanup received~n") end end,
    io:format("~p~n", [R4]),
    %% a receive in a catch clause
    self() ! recovery,
    R5 = try error(boom) catch error:boom -> receive recovery -> recovered end end,
    io:format("~p~n", [R5]),
    %% a bad timeout inside try
    R6 = try receive never -> no after id(-1) -> no end catch error:E -> {error, E} end,
    io:format("~p~n", [R6]),
    %% messages are not lost by an exception in a later clause
    self() ! keep_me,
    self() ! {bad, x},
    R7 = try receive {bad, V} -> V + 1 end catch error:badarith -> badarith end,
    io:format("~p ~p~n", [R7, receive K -> K after 0 -> none end]).

id(X) -> X.

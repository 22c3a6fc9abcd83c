#!/usr/bin/env escript
-module(pr_io_interleave).
-export([main/1]).
-mode(compile).
%% Exercises: output of several processes through the same group leader, in the order it is produced

main(_) ->
    Main = self(),
    Ps = [spawn(fun() -> worker(Main, I) end) || I <- lists:seq(1, 5)],
    %% Each worker prints only when told to, so the order is fixed.
    lists:foreach(fun(P) -> P ! go, receive {done, P} -> ok end end, lists:reverse(Ps)),
    io:format("main after workers~n"),
    %% Output to user and to standard_error's counterpart on stdout via io:format/3.
    io:format(user, "to user ~p~n", [1]),
    io:format(standard_io, "to standard_io ~p~n", [2]),
    ok = io:put_chars(user, "put_chars to user\n"),
    P = spawn(fun() -> receive {go, From} -> io:format("from ~p~n", [self() =/= From]), From ! printed end end),
    P ! {go, self()},
    receive printed -> ok end,
    io:format("end~n").

worker(Main, I) ->
    receive go -> ok end,
    io:format("worker ~p line 1~n", [I]),
    io:put_chars(["worker ", integer_to_list(I), " line 2\n"]),
    io:nl(),
    Main ! {done, self()}.

#!/usr/bin/env escript
-module(tm_send_interval).
-export([main/1]).
-mode(compile).
%% Exercises: timer:send_interval/2,3: repeated messages until timer:cancel/1, to another process

main(_) ->
    {ok, TRef} = timer:send_interval(10, tick),
    [receive tick -> io:format("tick ~p~n", [N]) end || N <- [1, 2, 3]],
    io:format("cancel ~p~n", [timer:cancel(TRef)]),
    flush(tick),
    receive tick -> io:format("tick after cancel~n") after 30 -> io:format("stopped~n") end,
    Main = self(),
    P = spawn(fun() -> count(Main, 0) end),
    {ok, T2} = timer:send_interval(5, P, tock),
    receive {counted, 3} -> io:format("child counted 3~n") end,
    timer:cancel(T2),
    io:format("~p~n", [timer:send_interval(id(-5), x)]),
    exit(P, kill).

count(Main, N) when N =:= 3 -> Main ! {counted, N}, receive after infinity -> ok end;
count(Main, N) -> receive tock -> count(Main, N + 1) end.

flush(M) -> receive M -> flush(M) after 0 -> ok end.
id(X) -> X.

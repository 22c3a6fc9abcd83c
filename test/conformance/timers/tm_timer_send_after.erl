#!/usr/bin/env escript
-module(tm_timer_send_after).
-export([main/1]).
-mode(compile).
%% Exercises: timer:send_after/2,3: {ok, TRef} return, the message, cancel with timer:cancel/1, error cases

main(_) ->
    {ok, TRef} = timer:send_after(10, hello),
    io:format("tref ok~n"),
    receive hello -> io:format("got hello~n") end,
    _ = TRef,
    Main = self(),
    P = spawn(fun() -> receive X -> Main ! {p, X} end end),
    {ok, _} = timer:send_after(5, P, to_p),
    receive {p, X} -> io:format("p got ~p~n", [X]) end,
    register(tm_timer_send_after_me, self()),
    {ok, _} = timer:send_after(5, tm_timer_send_after_me, by_name),
    receive by_name -> io:format("by name~n") end,
    {ok, T2} = timer:send_after(1000, never),
    io:format("cancel ~p~n", [timer:cancel(T2)]),
    io:format("cancel again ~p~n", [element(1, timer:cancel(T2))]),
    receive never -> io:format("fired~n") after 20 -> io:format("cancelled~n") end,
    io:format("~p~n", [timer:send_after(id(-1), x)]),
    io:format("~p~n", [timer:send_after(id(a), self(), x)]),
    io:format("~p~n", [timer:cancel(id(not_a_tref))]).

id(X) -> X.

#!/usr/bin/env escript
-module(tm_read_timer).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:read_timer/1,2: remaining time while active, false after firing or cancel, async option message

main(_) ->
    T = erlang:send_after(500, self(), x),
    R = erlang:read_timer(T),
    io:format("active ~p ~p~n", [is_integer(R), R > 0 andalso R =< 500]),
    timer:sleep(20),
    R2 = erlang:read_timer(T),
    io:format("decreasing ~p~n", [R2 =< R]),
    io:format("read async ~p~n", [erlang:read_timer(T, [{async, true}])]),
    receive {read_timer, T, R3} -> io:format("async msg ~p~n", [is_integer(R3)]) end,
    erlang:cancel_timer(T),
    io:format("after cancel ~p~n", [erlang:read_timer(T)]),
    T2 = erlang:start_timer(1, self(), y),
    receive {timeout, T2, y} -> ok end,
    io:format("after fire ~p~n", [erlang:read_timer(T2)]),
    io:format("unknown ~p~n", [erlang:read_timer(make_ref())]),
    io:format("async unknown ~p~n", [erlang:read_timer(T2, [{async, true}])]),
    receive {read_timer, T2, R4} -> io:format("msg ~p~n", [R4]) end,
    io:format("~p~n", [t(fun() -> erlang:read_timer(id(x)) end)]),
    io:format("~p~n", [t(fun() -> erlang:read_timer(T2, id([oops])) end)]).

t(F) -> try F() catch C:E -> {C, E} end.
id(X) -> X.

#!/usr/bin/env escript
-module(rec_trmc_order).
-export([main/1]).
-mode(compile).
%% Exercises: list-building body recursions keep Erlang's evaluation order and values:
%% side effects before the recursive call, receive inside, a suspending fun (receive
%% with timeout) deep in a long list, try around the recursion, sharing of the result

trace([H | T]) -> io:format("before ~p~n", [H]), [H * 10 | trace(T)];
trace([]) -> io:format("end~n"), [].

collect(0) -> [];
collect(N) -> receive {item, X} -> [X | collect(N - 1)] end.

take(0, _) -> [];
take(N, [H | T]) -> [H | take(N - 1, T)];
take(_, []) -> [].

guarded([H | T]) ->
    try [1 div H | guarded(T)]
    catch error:badarith -> [zero]
    end;
guarded([]) -> [].

dup([H | T]) -> [H, H | dup(T)];
dup([]) -> [].

mixed([{a, X} | T]) -> [X | mixed(T)];
mixed([{b, X} | T]) -> [X, X | mixed(T)];
mixed([{c, _} | T]) -> mixed(T);
mixed([stop | _]) -> [stop];
mixed([]) -> [].

slow(X) -> receive after 0 -> X + 1 end.

main(_) ->
    io:format("~p~n", [trace([1, 2, 3])]),
    Self = self(),
    [Self ! {item, I} || I <- [a, b, c, d]],
    io:format("~p~n", [collect(4)]),
    io:format("~p~n", [take(3, [x, y, z, w])]),
    io:format("~p~n", [take(5, [x, y])]),
    io:format("~p~n", [guarded([1, 2, 0, 4])]),
    io:format("~p~n", [dup([p, q])]),
    io:format("~p~n", [mixed([{a, 1}, {b, 2}, {c, 3}, {a, 4}, stop, {a, 5}])]),
    Big = lists:map(fun slow/1, lists:seq(1, 30000)),
    io:format("~p ~p ~p~n", [length(Big), hd(Big), lists:last(Big)]),
    L = [X * X || X <- lists:seq(1, 200000), X rem 3 =/= 0],
    io:format("~p ~p~n", [length(L), lists:sum(L)]),
    Shared = take(2, [s, t, u]),
    io:format("~p ~p~n", [[Shared | Shared], Shared =:= [s, t]]),
    ok.

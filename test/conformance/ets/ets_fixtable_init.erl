#!/usr/bin/env escript
-module(ets_fixtable_init).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: safe_fixtable/2 around a traversal with deletes, init_table/2 from a reader fun.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

reader(Chunks) ->
    fun(read) ->
            case Chunks of
                [] -> end_of_input;
                [C | Rest] -> {C, reader(Rest)}
            end;
       (close) -> ok
    end.

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{I} || I <- lists:seq(1, 10)]),
    p(ets:safe_fixtable(T, true)),
    Del = fun Loop('$end_of_table', N) -> N;
              Loop(K, N) -> Next = ets:next(T, K), ets:delete(T, K), Loop(Next, N + 1) end,
    p(Del(ets:first(T), 0)),
    p(ets:safe_fixtable(T, false)),
    p(ets:info(T, size)),
    p(e(fun() -> ets:safe_fixtable(id(nosuch), true) end)),
    p(e(fun() -> ets:safe_fixtable(T, id(maybe)) end)),
    p(ets:insert(T, {old})),
    p(ets:init_table(T, reader([[{a}, {b}], [], [{c}]]))),
    p(ets:tab2list(T)),
    p(catch ets:init_table(T, fun(read) -> bad_return end)),
    p(ets:tab2list(T)).

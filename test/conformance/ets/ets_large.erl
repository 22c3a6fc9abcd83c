#!/usr/bin/env escript
-module(ets_large).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: 10,000 objects: sizes, sums through select and folds, ordered_set order after deletes, bag sizes.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    S = ets:new(s, []),
    ets:insert(S, [{I, I * 2} || I <- lists:seq(1, 10000)]),
    p(ets:info(S, size)),
    p(lists:sum(ets:select(S, [{{'_', '$1'}, [], ['$1']}]))),
    p(ets:select_count(S, [{{'$1', '_'}, [{'==', {'rem', '$1', 7}, 0}], [true]}])),
    [ets:delete(S, I) || I <- lists:seq(1, 10000, 2)],
    p(ets:info(S, size)),
    p(ets:foldl(fun({K, _}, A) -> A + K end, 0, S)),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{(I * 7919) rem 10007, I} || I <- lists:seq(1, 10000)]),
    p(ets:info(O, size)),
    Keys = [K || {K, _} <- ets:tab2list(O)],
    p(Keys =:= lists:sort(Keys)),
    p({ets:first(O), ets:last(O), ets:next(O, 5000), ets:prev(O, 5000)}),
    ets:select_delete(O, [{{'$1', '_'}, [{'<', '$1', 9000}], [true]}]),
    p({ets:info(O, size), ets:first(O)}),
    B = ets:new(b, [bag]),
    ets:insert(B, [{I rem 10, I} || I <- lists:seq(1, 10000)]),
    p({ets:info(B, size), length(ets:lookup(B, 3))}),
    p(length(ets:match(B, {5, '$1'}))).

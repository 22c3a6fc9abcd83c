#!/usr/bin/env escript
-module(ets_info).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: info/1 (every item but memory and id) and info/2 for each item; a missing table gives undefined; bad items are badarg.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

clean(L) -> [X || {K, _} = X <- L, K =/= memory, K =/= id].

main(_) ->
    T = ets:new(info_t, [bag, public, {keypos, 2}, named_table]),
    ets:insert(T, [{a, k, 1}, {b, k, 2}]),
    p(clean(ets:info(T))),
    U = ets:new(u, []),
    p(clean(ets:info(U))),
    O = ets:new(o, [ordered_set, private, compressed, {read_concurrency, true}]),
    p(clean(ets:info(O))),
    p([{I, ets:info(T, I)} || I <- [size, type, keypos, protection, named_table, name, node, heir,
                                    compressed, read_concurrency, write_concurrency]]),
    p(ets:info(T, owner) =:= self()),
    p(is_integer(ets:info(T, memory))),
    p(ets:info(T, id) =:= ets:whereis(info_t)),
    p(e(fun() -> ets:info(T, foo) end)),
    p(ets:info(id(nosuch))),
    p(ets:info(id(nosuch), size)),
    p([ets:info(id(nosuch), I) || I <- [name, keypos, bogus, 1]]),
    ets:delete(U),
    p(ets:info(U)),
    p(ets:info(U, type)).

#!/usr/bin/env escript
-module(fn_names_match).
-export([main/1]).
-mode(compile).
%% Exercises: names of comprehension loops in clauses with literal, string, record,
%% map and integer patterns, multi-argument function clauses, `++`, andalso and maps
%% (OTP numbers them in its pattern-match compiler's order; module_info order).

-record(p, {x, y = 0}).

id(X) -> X.
t(boom) -> erlang:error(boom);
t(X) -> X.

names(S) -> [F || {fn_names_match, F, _, _} <- S, hd(atom_to_list(F)) =:= $-].

run(F) ->
    try F() of V -> {ok, V} catch error:boom:S -> names(S) end.

lit({a, b}) -> [t(A) || A <- id([boom])];
lit("ab") -> [t(B) || B <- id([boom])];
lit(#p{x = 1}) -> [t(C) || C <- id([boom])];
lit(#{k := V}) -> [t(D) || D <- [V]];
lit(3) -> [t(E) || E <- id([boom])];
lit(1) -> [t(F) || F <- id([boom])];
lit(zz) -> [t(G) || G <- id([boom])];
lit(aa) -> [t(H) || H <- id([boom])];
lit(2.5) -> [t(I) || I <- id([boom])].

two(a, [X]) -> [t(A) || A <- [X]];
two(_, []) -> [t(B) || B <- id([boom])];
two(b, X) -> [t(C) || C <- X];
two(X, Y) when is_list(Y) -> [t(D) || D <- [X | Y]];
two(X, _) -> [t(E) || E <- [X]].

ops(L) -> [t(X) || X <- L] ++ [t(Y) || Y <- id(L)].

bools(L) -> is_list(L) andalso [t(X) || X <- L] =:= [t(Y) || Y <- id(L)].

maps(L) -> #{a => [t(X) || X <- L], b => [t(Y) || Y <- id(L)]}.

inner(L) -> [case X of {k, V} -> [t(A) || A <- [V]]; _ -> [t(B) || B <- [X]] end || X <- L].

main(_) ->
    io:format("~p~n", [[run(fun() -> lit(A) end) || A <- [{a, b}, "ab", #p{x = 1}, #{k => boom}, 3, 1, zz, aa, 2.5]]]),
    io:format("~p~n", [[run(fun() -> two(A, B) end) || {A, B} <- [{a, [boom]}, {c, []}, {b, [boom]}, {boom, [1]}, {boom, 2}]]]),
    io:format("~p~n", [[run(fun() -> F([boom]) end) || F <- [fun ops/1, fun bools/1, fun maps/1]]]),
    io:format("~p~n", [[run(fun() -> inner(A) end) || A <- [[{k, boom}], [boom]]]]),
    io:format("~p~n", [[X || {X, _} <- ?MODULE:module_info(functions)]]).

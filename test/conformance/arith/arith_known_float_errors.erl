#!/usr/bin/env escript
-module(arith_known_float_errors).
-export([main/1]).
-mode(compile).
%% Exercises: badarith of + - * with an operand known to be a float (a float literal,
%% the value of /, float/1, a math function or an earlier float operation): erlc uses
%% float instructions there and the stack has no {erlang, Op, Args} entry; with no
%% known float the entry is there

id(X) -> X.

lit_mul(X) -> X * 2.0.
lit_add(X) -> 1.5 + X.
lit_sub(X) -> X - 0.5.
div_then(X, Y) -> Z = X / 2, Z + Y.
float_then(X, Y) -> F = float(X), Y * F.
math_then(X, Y) -> S = math:sqrt(X), S - Y.
chain(X, Y) -> Z = X * 1.5, W = Z + 1, W * Y.
plain(X, Y) -> X * Y.
int_lit(X) -> Y = id(X), Y * 2.
unknown(X, Y) -> Z = id(X), Z + Y.

own(Stack) -> [{M, F, A, proplists:get_value(line, L)} || {M, F, A, L} <- Stack, M =/= escript, M =/= init].

show(Tag, Fun) ->
    try Fun() of
        V -> io:format("~p ok: ~p~n", [Tag, V])
    catch
        Class:Reason:Stack ->
            io:format("~p ~p:~p ~p~n", [Tag, Class, Reason, lists:sublist(own(Stack), 2)])
    end.

main(_) ->
    show(lit_mul_ok, fun() -> lit_mul(id(3)) end),
    show(lit_mul, fun() -> lit_mul(id(a)) end),
    show(lit_add, fun() -> lit_add(id("s")) end),
    show(lit_sub, fun() -> lit_sub(id({})) end),
    show(div_then_ok, fun() -> div_then(id(3), id(1)) end),
    show(div_then, fun() -> div_then(id(3), id(b)) end),
    show(div_then_div, fun() -> div_then(id(c), id(1)) end),
    show(float_then, fun() -> float_then(id(2), id(x)) end),
    show(math_then, fun() -> math_then(id(4), id(y)) end),
    show(chain_ok, fun() -> chain(id(2), id(2)) end),
    show(chain, fun() -> chain(id(2), id(z)) end),
    show(chain_first, fun() -> chain(id(q), id(2)) end),
    show(plain, fun() -> plain(id(2.0), id(z)) end),
    show(int_lit, fun() -> int_lit(id(z)) end),
    show(unknown, fun() -> unknown(id(1.0), id(z)) end),
    ok.

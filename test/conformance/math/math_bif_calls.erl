#!/usr/bin/env escript
-module(math_bif_calls).
-export([main/1]).
-mode(compile).
%% Exercises: math functions called in tail and non-tail positions, inside
%% arithmetic, with integers, floats, bignums and bad arguments: values and the
%% stack entries of their errors

id(X) -> X.

tail_sqrt(X) -> math:sqrt(X).
body_sqrt(X) -> R = math:sqrt(X), {R}.
expr_sqrt(X, Y) -> X * math:sqrt(Y) + 1.0.
tail_sin(X) -> math:sin(X).
body_pow(X, Y) -> {math:pow(X, Y)}.
nested(X) -> math:sqrt(math:log(X)).
loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, Acc + math:sqrt(N) * math:cos(N)).

own(Stack) -> [{M, F, A, proplists:get_value(line, L)} || {M, F, A, L} <- Stack, M =/= escript, M =/= init].

show(Tag, Fun) ->
    try Fun() of
        V -> io:format("~p ok: ~p~n", [Tag, V])
    catch
        Class:Reason:Stack ->
            io:format("~p ~p:~p~n  ~p~n", [Tag, Class, Reason, lists:sublist(own(Stack), 3)])
    end.

main(_) ->
    show(t1, fun() -> tail_sqrt(id(16)) end),
    show(t2, fun() -> tail_sqrt(id(2.25)) end),
    show(t3, fun() -> tail_sqrt(id(-1)) end),
    show(t4, fun() -> tail_sqrt(id(foo)) end),
    show(t5, fun() -> tail_sqrt(id(1 bsl 80)) end),
    show(t6, fun() -> tail_sqrt(id(1 bsl 1100)) end),
    show(b1, fun() -> body_sqrt(id(-4.0)) end),
    show(b2, fun() -> body_sqrt(id(9)) end),
    show(e1, fun() -> expr_sqrt(id(2), id(4)) end),
    show(e2, fun() -> expr_sqrt(id(2), id(-4)) end),
    show(e3, fun() -> expr_sqrt(id(a), id(4)) end),
    show(s1, fun() -> tail_sin(id(0)) end),
    show(s2, fun() -> tail_sin(id("x")) end),
    show(p1, fun() -> body_pow(id(2), id(10)) end),
    show(p2, fun() -> body_pow(id(10), id(-5)) end),
    show(p3, fun() -> body_pow(id(0.0), id(-1)) end),
    show(n1, fun() -> nested(id(100.0)) end),
    show(n2, fun() -> nested(id(0.5)) end),
    show(l1, fun() -> round(loop(1000, 0.0) * 1000) end),
    ok.

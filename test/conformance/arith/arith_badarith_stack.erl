#!/usr/bin/env escript
-module(arith_badarith_stack).
-export([main/1, add/2, idiv/2, fdiv/2, neg/1, shl/2, inv/1]).
-mode(compile).
%% Exercises: the top stack entry of badarith for each operator, raised in named functions

id(X) -> X.
add(A, B) -> A + B.
idiv(A, B) -> A div B.
fdiv(A, B) -> A / B.
neg(A) -> -A.
shl(A, B) -> A bsl B.
inv(A) -> bnot A.
main(_) ->
    Ops = [{add, [1, x]}, {idiv, [1, 0]}, {fdiv, [2.0, 0]}, {neg, [z]}, {shl, [1, y]}, {inv, [1.0]}],
    [try apply(?MODULE, F, [id(A) || A <- Args]) catch error:R:S -> io:format("~p ~p~n", [R, hd(S)]) end
     || {F, Args} <- Ops].

#!/usr/bin/env escript
-module(arith_gcd_lcm).
-export([main/1]).
-mode(compile).
%% Exercises: integer algorithms with rem and div

gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).
lcm(A, B) -> abs(A * B) div gcd(A, B).
main(_) ->
    P = [{12, 18}, {-12, 18}, {17, 5}, {0, 9}, {1 bsl 80, 6 bsl 40}, {123456789, 987654321}],
    [io:format("gcd ~p lcm ~p~n", [gcd(A, B), lcm(A, B)]) || {A, B} <- P].

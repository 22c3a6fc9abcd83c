#!/usr/bin/env escript
-module(rx_recursion).
-export([main/1]).
-mode(compile).
%% Exercises: recursion: (?R), numbered and named subroutine calls (?1) (?-1) (?+1) (?&n) (?P>n) \g<n>

main(_) ->
    L = [{capture, all, list}],
    Bal = "\\((?:[^()]|(?R))*\\)",
    r("x(a(b)c)y", Bal, L),
    r("((())", Bal, L),
    r("(()", "^" ++ "(\\((?:[^()]|(?1))*\\))" ++ "$", L),
    r("(()())", "^(\\((?:[^()]|(?1))*\\))$", L),
    r("racecar", "^((.)(?1)\\2|.?)$", []),
    r("racecars", "^((.)(?1)\\2|.?)$", []),
    r("abcabc", "(abc)(?1)", L),
    r("abcxyz", "(abc)(?1)", L),
    r("aab", "(?<a>a)(?&a)b", L),
    r("aab", "(?P<a>a)(?P>a)b", L),
    r("aab", "(a)(?-1)b", L),
    r("aab", "(?+1)(a)b", L),
    r("aab", "(a)\\g<1>b", L),
    r("aab", "(a)\\g'-1'b", L),
    r("1+2*3", "^(\\d|\\((?1)\\)|(?1)[+*](?1))$", []),
    r("ab", "(?1)", []),
    r("ab", "(?&nope)", []),
    r("ab", "(?R", []),
    r("ab", "(?2)(a)", []).

r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).

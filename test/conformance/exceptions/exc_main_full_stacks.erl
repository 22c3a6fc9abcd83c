#!/usr/bin/env escript
-module(exc_main_full_stacks).
-export([main/1]).
-mode(compile).
%% Exercises: whole stack traces caught in an escript's main process end in escript:run/2, escript:start/1 and init's frames, cut at 8 entries

main(_) ->
    p(catch 1 / id(0)),
    p(catch a(3)),
    p(catch a(10)),
    p(catch throw(t)),
    p(catch erlang:error(e, [x])),
    try b(id(1)) catch C:R:S -> p({C, R, S}) end,
    try exit(bye) catch C2:R2:S2 -> p({C2, R2, S2}) end,
    p(catch element(id(5), {})).

a(0) -> 1 / id(0);
a(N) -> a(N - 1) + 1.

b(X) -> [c(X)].

c(X) -> X + id(foo).

id(X) -> X.

p(X) -> io:format("~p~n", [X]).

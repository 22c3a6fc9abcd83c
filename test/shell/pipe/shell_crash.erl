-module(shell_crash).
-export([crash/1, deep/1, call/2]).
crash(X) -> 1 / X.
deep(X) -> {ok, crash(X)}.
call(F, X) -> {ok, F(X)}.

-module(shell_crash).
-export([crash/1, deep/1]).
crash(X) -> 1 / X.
deep(X) -> {ok, crash(X)}.

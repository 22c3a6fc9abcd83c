-module(fmt_invalid_control).
-export([f/1]).
f(X) -> io:fwrite("~y", [X]).

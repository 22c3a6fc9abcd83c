-module(fmt_empty_needed).
-export([f/1]).
f(X) -> io:format("hello~n", [X]).

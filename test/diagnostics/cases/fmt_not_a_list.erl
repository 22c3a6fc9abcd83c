-module(fmt_not_a_list).
-export([f/1]).
f(X) -> io:format("~p", x), X.

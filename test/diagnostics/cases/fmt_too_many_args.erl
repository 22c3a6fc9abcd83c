-module(fmt_too_many_args).
-export([f/1]).
f(X) -> io_lib:format("~p~n", [X, X]).

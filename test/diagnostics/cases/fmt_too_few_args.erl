-module(fmt_too_few_args).
-export([f/1]).
f(X) -> io:format("~p ~p~n", [X]).

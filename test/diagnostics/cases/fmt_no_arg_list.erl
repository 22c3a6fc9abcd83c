-module(fmt_no_arg_list).
-export([f/0]).
f() -> io:format("~p~n").

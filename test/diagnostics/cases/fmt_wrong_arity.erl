-module(fmt_wrong_arity).
-export([f/0]).
f() -> io:format(a, b, c, d).

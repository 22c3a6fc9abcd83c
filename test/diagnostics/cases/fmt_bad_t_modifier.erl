-module(fmt_bad_t_modifier).
-export([f/1]).
f(X) -> io:format("~tx", [X]).

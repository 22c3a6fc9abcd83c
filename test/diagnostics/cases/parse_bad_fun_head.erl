-module(parse_bad_fun_head).
-export([f/1]).
f(X -> X.

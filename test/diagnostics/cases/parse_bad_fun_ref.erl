-module(parse_bad_fun_ref).
-export([f/0]).
f() -> fun g/.

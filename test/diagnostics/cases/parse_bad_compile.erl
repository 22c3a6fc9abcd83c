-module(parse_bad_compile).
-compile(X).
-export([f/0]).
f() -> ok.

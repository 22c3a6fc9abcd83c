-module(fmt_truncated).
-export([f/0]).
f() -> io:format("abc~").

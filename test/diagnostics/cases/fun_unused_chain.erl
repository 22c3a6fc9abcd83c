-module(fun_unused_chain).
-export([f/0]).
f() -> ok.
a() -> b().
b() -> c().
c() -> a().

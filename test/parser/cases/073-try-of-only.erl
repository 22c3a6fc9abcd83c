-module('073-try-of-only').
f() -> try g() of A -> A; B when B -> B after ok end.
g() -> try ok of ok -> ok catch error:E -> E end.

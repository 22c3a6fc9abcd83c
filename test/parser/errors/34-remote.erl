-module('34-remote').
f() -> a:b:c.
g() -> (a:b):c().
h() -> a:(b:c)().
i() -> f():g().


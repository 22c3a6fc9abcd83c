-module('27-periods').
f() -> #r.a.b.
g(X) -> X#r.
h() -> a:b:c().


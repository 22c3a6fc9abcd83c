-module(form_shapes).
.
a() -> 1. b() -> 2.
c() -> 3.% comment right after dot
d() -> 4.
e() -> [a.b].
f() -> 1. %
g() -> 'dot.'.

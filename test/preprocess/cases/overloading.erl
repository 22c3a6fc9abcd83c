-module(overloading).
-define(F, none).
-define(F(), zero).
-define(F(X), {one, X}).
-define(F(X, Y), {two, X, Y}).
a() -> {?F, ?F(), ?F(1), ?F(1, 2)}.
b() -> ?F(1, 2, 3).
-define(G(X), X).
c() -> ?G.
d() -> ?G(1, 2).
-define(H, h).
e() -> ?H(1, 2), ?H().
-define(K(), k).
f() -> ?K.
g() -> ?K(1).

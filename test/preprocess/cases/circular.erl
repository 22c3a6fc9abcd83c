-module(circular).
-define(A, ?A).
a() -> ?A.
-define(B, ?C).
-define(C, ?B).
b() -> ?B.
c() -> ?C.
-define(D(X), ?D(X)).
d() -> ?D(1).
-define(E(X), ?E).
-define(E, 1).
e() -> ?E(2).
-define(F(X), X).
f() -> ?F(?F(?F(1))).
-define(G, ?H(1)).
-define(H(X), ?G).
g() -> ?G.
h() -> ?H(1).
-define(I, ?J ?K).
-define(J, ?K).
-define(K, ?L).
-define(L, l).
i() -> ?I.
-undef(L).
-define(L, ?I).
i2() -> ?I.

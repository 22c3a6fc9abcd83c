-module(question_tail).
-define(Q, ?).
-define(M, hello).
-define(P(X), X).
a() -> ?Q M.
b() -> ?P(?) M.
-define(APPLY(M), ?M).
c() -> ?APPLY(P)(1).
-define(F(X), X).
d() -> ?F(a)(b).
-define(G, ?F).
e() -> ?G(1).
f() -> ?Q.
g() -> ?

-module(define_basic).
-export([f/0]).
-define(A, 1).
-define(B(X), {X, X}).
-define(C(X, Y), [X | Y]).
-define(EMPTY, ).
-define(P(), paren0).
f() -> {?A, ?B(2), ?C(a, [b]), ?EMPTY ok, ?P()}.
g() -> ?A(1), ?B(?A), ?C(?B(1), ?A).

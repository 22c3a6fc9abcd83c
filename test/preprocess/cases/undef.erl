-module(undef).
-define(A, 1).
-define(A(X), X).
-undef(A).
f() -> ?A, ?A(1).
-undef(LINE).
g() -> ?LINE.
-undef(MODULE).
h() -> ?MODULE.
-define(MODULE, mymod).
i() -> ?MODULE.
-undef(A, B).
-undef("A").
-undef(A) x.
-undef.
-undef(Var).
-undef(nosuch).
-undef(FILE).
j() -> ?FILE.
-undef(FEATURE_ENABLED).
k() -> ?FEATURE_ENABLED(x).

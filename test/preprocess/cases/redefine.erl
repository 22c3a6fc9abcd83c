-module(redefine).
-define(A, 1).
-define(A, 2).
-define(A(X), X).
-define(A(X), X + 1).
-define(A(X, Y), {X, Y}).
-define(MODULE, m).
-define(LINE, 1).
-define(FILE, "f").
-define(MACHINE, x).
-define(BEAM, x).
-define(OTP_RELEASE, 1).
-define(FUNCTION_NAME, f).
-define(FEATURE_ENABLED(X), true).
-define(FEATURE_ENABLED, no_args).
-define(FEATURE_AVAILABLE(Y), true).
f() -> {?A, ?A(1), ?A(1, 2), ?FEATURE_ENABLED, ?FEATURE_ENABLED(maybe_expr)}.
-undef(A).
-define(A, 3).
g() -> ?A.

-module(predefined).
a() -> {?MACHINE, ?BEAM, ?OTP_RELEASE, ?FILE, ?LINE}.
b() -> {?FEATURE_AVAILABLE(maybe_expr), ?FEATURE_AVAILABLE(other), ?FEATURE_ENABLED(maybe_expr)}.
c() -> ?FEATURE_ENABLED.
d() -> ?OTP_RELEASE(x).

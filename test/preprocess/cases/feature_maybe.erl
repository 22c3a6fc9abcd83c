-module(feature_maybe).
-feature(maybe_expr, enable).
-if(?FEATURE_ENABLED(maybe_expr)).
-define(X, maybe else).
-endif.
f() -> ?X, 'maybe', ?FEATURE_AVAILABLE(maybe_expr).
-feature(maybe_expr, disable).
-feature(foo, enable).
g() -> maybe.

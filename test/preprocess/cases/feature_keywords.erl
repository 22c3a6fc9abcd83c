-module(feature_keywords).
-feature(maybe_expr, enable).
-ifdef(NO).
-else.
a() -> maybe X ?= 1, X else _ -> error end.
-endif.
-if(false).
-else.
b() -> else.
-endif.
c() -> 'maybe', 'else', ?FEATURE_ENABLED(maybe_expr).
-define(M, maybe).
d() -> ?M ok end.

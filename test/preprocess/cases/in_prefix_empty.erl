-define(NOTHING, ).
-module(in_prefix_empty).
?NOTHING.
-feature(maybe_expr, enable).
a() -> maybe ok end.

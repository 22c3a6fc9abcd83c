-module(scan_error_unterminated).
-ifdef(X).
a() -> 1.
b() -> "this string never ends,
and goes on.

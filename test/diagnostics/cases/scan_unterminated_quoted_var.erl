-module(scan_unterminated_quoted_var).
-export([f/0]).
f() -> ok.
g() -> "never closed

-module(scan_unterminated_string).
-export([f/0]).
f() -> "abc.
g() -> ok.

-module(scan_unterminated_char).
-export([f/0]).
f() -> $
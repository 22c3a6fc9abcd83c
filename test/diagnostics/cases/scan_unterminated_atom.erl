-module(scan_unterminated_atom).
-export([f/0]).
f() -> 'abc.

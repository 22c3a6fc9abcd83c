-module(mix_scan_and_lint).
-export([f/0, g/0]).
f() -> X.
g() -> 'unterminated.

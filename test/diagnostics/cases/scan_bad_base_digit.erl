-module(scan_bad_base_digit).
-export([f/0]).
f() -> 2#102.

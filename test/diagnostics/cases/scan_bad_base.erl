-module(scan_bad_base).
-export([f/0]).
f() -> 37#10.

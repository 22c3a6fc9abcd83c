-module(scan_float_exponent).
-export([f/0]).
f() -> 1.0e.

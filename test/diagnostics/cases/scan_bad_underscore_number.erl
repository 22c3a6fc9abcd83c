-module(scan_bad_underscore_number).
-export([f/0]).
f() -> 1__000.

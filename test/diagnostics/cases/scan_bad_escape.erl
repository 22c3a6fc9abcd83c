-module(scan_bad_escape).
-export([f/0]).
f() -> "\x{zz}".

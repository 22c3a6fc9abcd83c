-module(scan_illegal_char).
-export([f/0]).
f() -> a ` b.

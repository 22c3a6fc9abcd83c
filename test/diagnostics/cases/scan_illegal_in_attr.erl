-module(scan_illegal_in_attr).
-export([f/0]).
-define(X, ` ).
f() -> ok.

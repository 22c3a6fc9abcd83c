-module('10-import').
-import(foo, [f/1], x).
-import("foo", [f/1]).
-import(foo, [f/x]).


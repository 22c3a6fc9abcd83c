-module(guard_imported_call).
-import(lists, [member/2]).
-export([f/1]).
f(X) when member(X, [1]) -> ok.

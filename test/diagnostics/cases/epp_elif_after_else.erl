-module(epp_elif_after_else).
-export([f/0]).
-ifdef(A).
f() -> a.
-else.
f() -> b.
-elif(true).
f() -> c.
-endif.

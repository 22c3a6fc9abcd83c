-module(directive_spelling).
- define ( A , 1 ) .
-'define'(B, 2).
-
define(C, 3).
-define(D, 4). -define(E, 5).
a() -> {?A, ?B, ?C, ?D, ?E}.
-'ifdef'(A).
b() -> 1.
-'endif'.
-'if'(true).
c() -> quoted_if_is_not_if.
-'else'.
-'endif'.
-'file'("x.erl", 3).
d() -> ?LINE.

-module(nested_skip).
-ifdef(NO).
-if(bad syntax).
-elif(also bad).
-else.
-endif.
-ifndef(NO).
-else.
-elif(x).
-endif.
-error("not reported").
-define(A, 1).
-undef(B).
-include("nonexistent.hrl").
-feature(bogus, enable).
-file("x", 1).
-else.
a() -> ?LINE.
-endif.
-ifdef(NO).
-ifdef(NO2).
-else.
-else.
-endif.
-endif.
-if(false).
-elif(false).
-elif(true).
b() -> 1.
-elif(true).
b() -> 2.
-else.
b() -> 3.
-endif.

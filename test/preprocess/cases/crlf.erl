-module(crlf).
a() ->
    "x
y".
-define(A, 1).
b() -> ?A.

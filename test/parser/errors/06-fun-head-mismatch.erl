-module('06-fun-head-mismatch').
f() -> fun(X) -> 1; (X,Y) -> 2 end.
g() -> fun A(X) -> 1; B(X) -> 2 end.
h() -> fun A(X) -> 1; (X) -> 2 end.
i() -> fun(X) -> 1; (X,Y) -> 2 end foo.


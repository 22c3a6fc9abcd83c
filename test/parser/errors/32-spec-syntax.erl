-module('32-spec-syntax').
-spec f() -> ok; foo.
-spec g() -> ok when.
-spec i() -> .
-spec j(X) -> X when X.


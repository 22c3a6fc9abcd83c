-module('26-fun-forms').
f() -> fun foo(X) -> ok end.
g() -> fun foo/x.
h() -> fun M:F/1.1.
i() -> fun foo.


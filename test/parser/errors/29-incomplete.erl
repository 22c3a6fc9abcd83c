-module('29-incomplete').
f() -> catch.
g() -> 1 + .
h() -> - .
i() -> [.


-module('04-juxtaposition').
f() -> X Y.
g() -> "abc" "def" x.
h() -> 'a' 'b'.
i() -> f(1)(2).


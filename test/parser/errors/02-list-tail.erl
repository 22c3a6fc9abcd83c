-module('02-list-tail').
f() -> [a|b|c].
g() -> [a, b | c, d].
h() -> [a,].


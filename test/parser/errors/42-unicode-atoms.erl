-module('42-unicode-atoms').
f() -> X 'é'.
g() -> X ä.
h() -> X 'else'.


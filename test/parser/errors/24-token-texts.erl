-module('24-token-texts').
f() -> X 1.0e10.
g() -> X $a.
h() -> X "str\n".
i() -> X 'Quoted Atom'.
j() -> X 16#FF.
k() -> X <<1>>.
l() -> X $\s.
m() -> X 0.5.


-module('41-char-and-strings').
f() -> X "a\x{1F600}b".
g() -> X $\x{263A}.
h() -> X 'λ'.
i() -> X "\001".


-module('024-multi-clause').
f(0) -> zero;
f(1) -> one;
f(N) when N < 0 -> negative;
f(N) -> f(N - 1) + f(N - 2).
'quoted'(a) -> 1;
'quoted'(b) -> 2.
g() -> ok.
h(A, B) -> A;
h(_, B) -> B.

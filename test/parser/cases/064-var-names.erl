-module('064-var-names').
f(_, _A, __B, A1, AbC, A_b, A@B, Über, X0) -> {_A, __B, A1, AbC, A_b, A@B, Über, X0}.

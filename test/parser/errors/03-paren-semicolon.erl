-module('03-paren-semicolon').
f(X) when X -> (ok; 3).
g() -> (a, b).


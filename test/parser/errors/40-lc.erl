-module('40-lc').
f(L) -> [X || X <- L,].
g(L) -> [X || ].
h(L) -> [|| X <- L].
i(L) -> [X, Y || X <- L].


-module('083-lc-in-binaries').
f(L) -> << << (list_to_binary(integer_to_list(X)))/binary, ",">> || X <- L >>.
g(B) -> [ [C] || <<C>> <= B ].

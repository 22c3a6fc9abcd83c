-module('081-pattern-binary-ops').
f(1 + 2) -> a;
f(2 * 3 - 1) -> b;
f(-(1)) -> c;
f(1 bsl 4) -> d;
f([1] ++ T) -> T;
f("a" ++ "b" ++ T) -> T;
f(<<(1 + 2):8>>) -> e;
f(X = 1 == 1) -> X.

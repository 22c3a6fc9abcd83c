-module('018-patterns').
f({A, B}, [H | T], <<C:8>>, #{k := V}, #r{a = D}, "prefix" ++ Rest, E = {x, y}) -> ok;
f(1, 1.5, $c, atom, "str", [], {}) -> lit;
f(-1, +2, -1.5, [a, b | _], [[]], {_, _, _}, _Ignored) -> neg;
f(X = Y = Z, A + 1, 2 * 3, "a" ++ "b" ++ S, [$a | "bc"], {X}, #r.a) -> mixed;
f((X), ((Y)), -(-1), bnot 1, 1 bsl 2, 1 == 1, X) -> parens.
g(#{}) -> e;
g(#{a := 1, b := #{c := C}}) -> C;
g(<<A:4, B:4/integer-little, _/binary>>) -> {A, B}.
h(<<Size:8, Data:Size/binary>>) -> Data.

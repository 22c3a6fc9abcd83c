-module(stringify).
-define(S(X), ??X).
-define(T(X), X ??X X).
-define(U, ??X).
g() -> ?S(foo(1, "a\n", 'B', $c, 1.5, <<>>, X, "\x{400}", 'a b', 1.0e10, 16#ff, $\n, [$ ], 'é', '∀')).
h() -> ?T(a b), ?T(1.0e-3), ?S(?S), ?S(A + B * c.d), ?S(case X of _ -> ok end), ?U.
i() -> ?S(0.1), ?S(100.0), ?S(1.0e15), ?S(123456789.0), ?S($\s), ?S($\t), ?S("\t\e\d\001"), ?S('\'q'), ?S(<<"x">>).

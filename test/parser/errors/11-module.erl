-module(M).
-module(foo, bar).
-module(foo, [A, b]).
-module(foo, [A], x).


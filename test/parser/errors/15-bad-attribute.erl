-module('15-bad-attribute').
-foo(X).
-foo(a, b).
-foo(a :: b).
-foo(f(1)).
-export_type([t/x]).
-bar({a, [1 + 2]}).


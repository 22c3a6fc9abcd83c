-module(macro_names).
-define('quoted name', quoted).
-define(Var, var).
-define(lower, lower).
-define('A', 'A').
-define(_Under, under).
a() -> {?'quoted name', ?Var, ?lower, ?'A', ?A, ?_Under}.
-define('', empty).
b() -> ?''.

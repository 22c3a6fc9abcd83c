-module(pat_map_exact_in_expr).
-export([f/0]).
f() -> #{a := 1}.

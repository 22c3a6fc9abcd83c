-module(pat_char_list_prefix_var_tail).
-export([f/1]).
f([$a, $b | _] ++ "c") -> ok;
f(_) -> no.

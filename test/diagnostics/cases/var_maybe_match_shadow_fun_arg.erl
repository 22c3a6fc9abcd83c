-module(var_maybe_match_shadow_fun_arg).
-export([f/1]).
f(X) ->
    G = fun(X) -> X + 1 end,
    G(X).

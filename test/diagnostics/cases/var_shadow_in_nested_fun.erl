-module(var_shadow_in_nested_fun).
-export([f/1]).
f(X) ->
    fun() ->
        fun(Y) -> [X || X <- Y] end
    end.

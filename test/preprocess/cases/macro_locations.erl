-module(macro_locations).
-define(A(X,Y), [X, 1, Y, 2]).
-define(B, ?A(a, b)).
-include("include/h.hrl").
f(X, {Y}) -> ?A(X  +  1, Y), ?B, ?H(?Z), ?FUNCTION_NAME, ?FUNCTION_ARITY, ?MODULE, ?MODULE_STRING.
g() ->
    ?A(
       {1,
        2},
       3
      ).

-module(epp_bad_if_expr).
-export([f/0]).
-if(foo()).
f() -> a.
-endif.

-module(epp_if_undefined_macro).
-export([f/0]).
-if(?NOPE > 1).
-endif.
f() -> ok.

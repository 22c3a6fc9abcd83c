-module(epp_unterminated_macro_call).
-export([f/0]).
-define(ID(X), X).
f() -> ?ID(1.

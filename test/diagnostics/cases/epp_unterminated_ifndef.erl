-module(epp_unterminated_ifndef).
-export([f/0]).
-ifndef(DEBUG).
f() -> ok.

-module(fun_nifs_undefined).
-nifs([nif_a/1]).
-export([f/0]).
f() -> ok.

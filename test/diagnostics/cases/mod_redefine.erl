-module(mod_redefine).
-module(mod_redefine).
-export([f/0]).
f() -> ok.

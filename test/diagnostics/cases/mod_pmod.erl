-module(mod_pmod, [Param]).
-export([f/0]).
f() -> ok.

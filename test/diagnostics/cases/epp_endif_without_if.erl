-module(epp_endif_without_if).
-export([f/0]).
f() -> ok.
-endif.

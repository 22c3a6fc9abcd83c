-module(ok_unused_underscore).
-export([f/2]).
f(_A, _) ->
    _B = 1,
    _ = 2,
    ok.

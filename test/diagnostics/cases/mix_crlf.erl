-module(mix_crlf).
-export([f/0]).
f() ->
    Y.

-module(mix_epp_and_lint).
-export([f/0, g/0]).
f() -> ?NOPE.
g() -> Y.
h() -> ok.

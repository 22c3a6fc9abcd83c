-module(spec_redefine).
-export([f/0]).
-spec f() -> ok.
-spec f() -> error.
f() -> ok.

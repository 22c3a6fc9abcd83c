-module(spec_undefined_function).
-export([f/0]).
-spec f() -> ok.
-spec g(integer()) -> ok.
f() -> ok.

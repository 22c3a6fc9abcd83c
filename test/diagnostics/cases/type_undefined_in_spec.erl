-module(type_undefined_in_spec).
-export([f/0]).
-spec f() -> nope().
f() -> ok.

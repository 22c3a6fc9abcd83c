-module(spec_other_module).
-export([f/0]).
-spec other:f() -> ok.
f() -> ok.

-module(type_unused).
-export([f/0]).
-type unused() :: integer().
-type used() :: atom().
-spec f() -> used().
f() -> ok.

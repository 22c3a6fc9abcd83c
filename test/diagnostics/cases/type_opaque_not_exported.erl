-module(type_opaque_not_exported).
-export([f/0]).
-opaque o() :: integer().
-spec f() -> o().
f() -> 1.

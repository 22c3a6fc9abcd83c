-module(var_shadowed_named_fun).
-export([f/1]).
f(Loop) -> {Loop, fun Loop(0) -> ok; Loop(N) -> Loop(N - 1) end}.

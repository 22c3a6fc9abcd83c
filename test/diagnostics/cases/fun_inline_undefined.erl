-module(fun_inline_undefined).
-compile({inline, [nothing/1]}).
-export([f/0]).
f() -> ok.

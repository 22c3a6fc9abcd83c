-module(fun_on_load_arity).
-on_load(init/1).
-export([f/0]).
f() -> ok.
init(_) -> ok.

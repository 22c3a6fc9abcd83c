-module(fun_on_load_multiple).
-on_load(init/0).
-on_load(init2/0).
-export([f/0]).
f() -> ok.
init() -> ok.
init2() -> ok.

-module(fun_module_info_ok).
-export([f/0]).
f() -> {module_info(), module_info(exports)}.

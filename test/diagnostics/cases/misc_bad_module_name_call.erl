-module(misc_bad_module_name_call).
-export([f/0]).
f() -> '':call().

-module(misc_blank_module_in_import).
-import(' ', [g/0]).
-export([f/0]).
f() -> g().

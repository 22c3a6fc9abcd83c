-module(mod_import_after_function).
-export([f/0]).
f() -> ok.
-import(lists, [map/2]).

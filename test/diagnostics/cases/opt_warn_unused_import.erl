-module(opt_warn_unused_import).
-compile([warn_unused_import]).
-import(lists, [map/2, reverse/1]).
-export([f/1]).
f(L) -> reverse(L).

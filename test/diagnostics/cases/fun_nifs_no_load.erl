-module(fun_nifs_no_load).
-nifs([nif_a/1]).
-export([nif_a/1]).
nif_a(_) -> erlang:nif_error(not_loaded).

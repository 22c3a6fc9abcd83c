-module(guard_local_type_test_overridden).
-export([f/1, is_list/1]).
f(X) when is_list(X) -> ok.
is_list(_) -> false.

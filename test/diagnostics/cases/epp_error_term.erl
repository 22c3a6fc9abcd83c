-module(epp_error_term).
-export([f/0]).
-error({not_ready, 42}).
f() -> ok.

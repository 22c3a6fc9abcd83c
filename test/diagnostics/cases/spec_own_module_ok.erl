-module(spec_own_module_ok).
-export([f/0]).
-spec spec_own_module_ok:f() -> ok.
f() -> ok.

-module(bin_expr_unit_only).
-export([f/1]).
f(X) -> <<X:4/unit:8-binary, X/bytes-unit:16>>.

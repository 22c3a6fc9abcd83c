-module(bin_size_in_expr_ok).
-export([f/2]).
f(X, N) -> <<X:(N * 8)/integer-little-signed, 0:N/unit:8, "abc", 1.5/float, X:16/bits>>.

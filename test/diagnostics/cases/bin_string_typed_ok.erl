-module(bin_string_typed_ok).
-export([f/1]).
f(<<"abc"/utf8, R/binary>>) -> R.

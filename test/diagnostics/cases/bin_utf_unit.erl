-module(bin_utf_unit).
-export([f/1]).
f(X) -> <<X/utf16-unit:8>>.

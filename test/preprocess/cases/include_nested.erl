-module(include_nested).
-include("include/nested1.hrl").
a() -> {?N1, ?N2, ?FILE}.
-include("nested1.hrl").
b() -> ?FILE.

-module(file_then_include).
a() -> ?LINE.
-file("other.erl", 50).
b() -> ?LINE.
-include("include/nested1.hrl").
c() -> {?FILE, ?LINE}.
-file("third.erl", 1). d() -> ?LINE.
e() -> ?LINE.

-module(file_errors).
-file(foo, 1).
-file("x", a).
-file("x").
-file("x", 1) y.
-file.
-define(F, "from_macro.erl").
-define(L, 10).
-file(?F, ?L).
a() -> {?FILE, ?LINE}.
-file("con" "cat.erl", 20).
b() -> {?FILE, ?LINE}.
-include("include/h.hrl").
c() -> {?FILE, ?LINE}.
-file(?UNDEF, 1).
d() -> ?LINE.

-module(module_macros, [Param]).
-extends(base_mod).
a() -> {?MODULE, ?MODULE_STRING, ?BASE_MODULE, ?BASE_MODULE_STRING, ?MODULE(x)}.
-module(second).
b() -> ?MODULE.
-module("bad").
c() -> ?MODULE.

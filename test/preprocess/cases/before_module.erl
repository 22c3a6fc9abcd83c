-ifdef(MODULE).
a() -> defined.
-else.
a() -> undefined.
-endif.
b() -> ?MODULE.
c() -> ?MODULE_STRING.
-define(M, before_module).
-module(?M).
d() -> {?MODULE, ?MODULE_STRING}.

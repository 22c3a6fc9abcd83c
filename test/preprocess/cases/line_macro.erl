-module(line_macro).
-define(L, ?LINE).
-define(LL(X), {X, ?LINE}).
a() -> ?LINE.
b() ->
    {?LINE,
     ?L,
     ?LL(
       x),
     ?'LINE'}.
c() -> ?LINE(1).

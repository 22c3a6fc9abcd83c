-module(undefined_macros).
a() -> ?UNDEF.
b() -> ?UNDEF(1).
c() -> ?UNDEF().
d() -> ?Undef(1, 2).
-export([?EXPORTS]).
-record(r, {a = ?DEFAULT}).
e() -> ok.
f() -> ?'quoted macro'.
g() -> ?BASE_MODULE, ?BASE_MODULE_STRING.

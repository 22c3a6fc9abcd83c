-module(ifdef_basic).
-define(YES, 1).
-ifdef(YES).
a() -> yes.
-else.
a() -> no.
-endif.
-ifndef(YES).
b() -> yes.
-else.
b() -> no.
-endif.
-ifdef(NO).
c() -> 1.
-ifdef(YES).
c() -> 2.
-else.
c() -> 3.
-endif.
c() -> 4.
-else.
-ifdef(YES).
c() -> 5.
-else.
c() -> 6.
-endif.
-endif.
-ifdef(Var).
d() -> var.
-endif.
-define(Var, x).
-ifdef(Var).
d() -> var.
-endif.
-ifdef(MODULE).
e() -> module.
-endif.
-ifdef(LINE).
f() -> line.
-endif.
-ifdef(BEAM).
g() -> beam.
-endif.
-ifdef(FUNCTION_NAME).
h() -> fn.
-endif.

-module(elif_chains).
-define(N, 2).
-if(?N == 1).
a() -> 1.
-elif(?N == 2).
a() -> 2.
-elif(?N == 2).
a() -> 22.
-else.
a() -> 3.
-endif.
-if(?N == 2).
b() -> 1.
-elif(?N == 2).
b() -> 2.
-else.
b() -> 3.
-endif.
-if(false).
c() -> 1.
-elif(false).
c() -> 2.
-else.
c() -> 3.
-endif.
-if(false).
-if(true).
d() -> nested.
-elif(true).
d() -> nested2.
-endif.
-elif(bad syntax here).
d() -> 1.
-elif(true).
d() -> 2.
-endif.
-ifdef(NOPE).
-elif(true).
e() -> elif_after_ifdef.
-endif.
-if(true).
f() -> 1.
-else.
f() -> 2.
-elif(true).
f() -> 3.
-endif.
-if(false).
-else.
g() -> 1.
-elif(true).
g() -> 2.
-endif.
-if(false).
-elif(?UNDEF).
h() -> 1.
-else.
h() -> 2.
-endif.

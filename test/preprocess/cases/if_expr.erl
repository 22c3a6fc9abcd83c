-module(if_expr).
-define(V, 3).
-if(?OTP_RELEASE >= 25).
a() -> otp25.
-endif.
-if(?OTP_RELEASE > 25).
a() -> newer.
-endif.
-if(defined(V)).
b() -> 1.
-endif.
-if(not defined(NOPE)).
b() -> 2.
-endif.
-if(defined(MODULE)).
c() -> 1.
-endif.
-if(?V * 2 + 1 =:= 7 andalso is_integer(?V)).
d() -> 1.
-endif.
-if(is_atom(foo) orelse 1/0).
e() -> 1.
-endif.
-if(1/0).
f() -> 1.
-else.
f() -> 2.
-endif.
-if(foo()).
g() -> 1.
-endif.
-if(atom_to_list(a) == "a").
h() -> 1.
-endif.
-if(lists:member(a, [a])).
i() -> 1.
-endif.
-if(erlang:is_atom(a)).
j() -> 1.
-endif.
-if(true, true).
k() -> 1.
-endif.
-if(1 + ).
l() -> 1.
-endif.
-if(X).
m() -> 1.
-endif.
-if(X = 1).
n() -> 1.
-endif.
-if(defined("V")).
o() -> 1.
-endif.
-if(?UNDEFINED_MACRO).
p() -> 1.
-endif.
-if([1,2] < [1,3] andalso {a} < {a,b} andalso 1 == 1.0 andalso 1 =/= 1.0).
q() -> 1.
-endif.
-if(element(2, {a, b}) =:= b andalso length([1,2,3]) =:= 3 andalso hd("x") =:= $x).
r() -> 1.
-endif.
-if(true).
s() -> 1.
-endif.
-if(false).
s() -> 2.
-endif.
-if(ok).
t() -> 1.
-endif.
-if true.
u() -> 1.
-endif.
-if(?FEATURE_AVAILABLE(maybe_expr)).
v() -> 1.
-endif.
-if(?FEATURE_ENABLED(maybe_expr)).
w() -> 1.
-endif.
-if(max(1, 2) == 2).
x() -> 1.
-endif.
-if(abs(-3) == 3 andalso trunc(2.5) == 2 andalso round(2.5) == 3 andalso 7 div 2 == 3 andalso -7 rem 2 == -1).
y() -> 1.
-endif.
-if(case 1 of _ -> true end).
z() -> 1.
-endif.
-if(a b).
z2() -> 1.
-endif.
-if(1 < 2 < 3).
z3() -> 1.
-endif.
-if(?FUNCTION_NAME).
z4() -> 1.
-endif.
-if(is_record({r, 1}, r) and is_tuple({}) and (1 bsl 3 == 8) and (bnot 0 == -1)).
z5() -> 1.
-endif.
-if("abc" ++ "d" == "abcd").
z6() -> 1.
-endif.
-if(defined(V, x)).
z7() -> 1.
-endif.
-if(<<1,2>> == <<1,2>>).
z8() -> 1.
-endif.
-if(#{a => 1} == #{a => 1}).
z9() -> 1.
-endif.

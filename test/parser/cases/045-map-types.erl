-module('045-map-types').
-type m1() :: #{atom() => term()}.
-type m2() :: #{required := integer(), optional => atom()}.
-type m3() :: #{#{} => [#{a => b}]}.
-type m4() :: #{{a, b} := <<_:8>>, fun() => fun((...) -> ok)}.
-spec f(#{a := A}) -> A when A :: term().
f(#{a := A}) -> A.

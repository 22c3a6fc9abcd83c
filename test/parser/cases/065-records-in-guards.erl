-module('065-records-in-guards').
-record(r, {a, b}).
f(R) when is_record(R, r), R#r.a =:= 1, (R#r.b)#r.a > 0 -> ok;
f(#r{a = A}) when A#r.a -> ok.

-module(guard_ok_complex).
-export([f/2]).
-record(r, {a}).
f(X, Y) when is_record(X, r, 2), X#r.a > 0, map_size(Y) > 0 orelse
             element(1, X) =:= r, not is_atom(Y), is_map_key(a, Y), byte_size(<<1>>) == 1,
             -X#r.a < 0, X#r.a band 1 =:= 0 ->
    ok.

-module(ok_records).
-export([f/1]).
-record(a, {x = 1, y = #{}, z = [] :: list()}).
-record(b, {a = #a{} :: #a{}, f = fun(X) -> X end}).
f(#b{a = #a{x = X} = A} = B) when A#a.x > 0 ->
    {X, B#b{a = A#a{y = #{k => v}}}, #a.y, record_info(fields, a), record_info(size, b),
     is_record(B, b), element(#a.x, A)}.

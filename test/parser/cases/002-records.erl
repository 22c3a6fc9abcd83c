-module('002-records').
-record(empty, {}).
-record(simple, {a, b, c}).
-record(defaults, {a = 1, b = [], c = {x, y}, d = fun() -> ok end}).
-record(typed, {a :: integer(), b = 0 :: non_neg_integer(), c :: atom() | undefined}).
-record(mixed, {a, b = 2, c :: term(), d = "s" :: string(), e}).
-record('quoted rec', {'quoted field' = 1}).
-record(nested, {inner = #simple{} :: #simple{}, l = [#simple{a = 1}]}).
-record(r2, {a = 1 + 2 * 3, b = catch foo(), c = X = 1}).
f(#simple{a = A, b = B} = R) ->
    R2 = R#simple{c = A + B},
    X = R2#simple.a,
    I = #simple.b,
    #simple{a = 1, _ = undefined},
    Y = (R2#simple.c)#nested.inner,
    Z = R#nested.inner#simple.a,
    {X, I, Y, Z, #empty{}, R#simple{}, #'quoted rec'{'quoted field' = 2}}.
g(R) when R#simple.a > 0, is_record(R, simple) -> R#simple.b;
g(#simple.a) -> index.

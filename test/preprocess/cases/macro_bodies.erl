-module(macro_bodies).
-define(EMPTY, ).
-define(PARENS, ( )).
-define(MULTI,
        [1,
         2,
         3]).
-define(COMMA, a, b).
-define(FUN, fun(X) -> X end).
-define(DOTS, a..b...c).
-define(NESTED(X), ?WRAP(?WRAP(X))).
-define(WRAP(X), {X}).
a() -> {?EMPTY ?PARENS, ?MULTI, {?COMMA}, ?FUN, ?NESTED(1)}.
-define(ATTR, -export([a/0])).
?ATTR.
-define(HEAD, b() ->).
?HEAD ok.
-define(BODY(Name, Val), Name() -> Val).
?BODY(c, 3).
-define(SAME(X), X X X).
d() -> ?SAME(1 + ).

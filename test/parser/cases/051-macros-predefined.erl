-module('051-macros-predefined').
-define(PI, 3.14159).
-define(SQ(X), ((X) * (X))).
-define(PAIR(A, B), {A, B}).
f() -> {?MODULE, ?LINE, ?FILE, ?PI, ?SQ(2 + 3), ?PAIR(a, ?SQ(1)), ?FUNCTION_NAME, ?FUNCTION_ARITY, ?MODULE_STRING}.
-ifdef(UNDEFINED).
g() -> never.
-else.
g() -> always.
-endif.

-module(function_name).
-export([?FUNCTION_NAME/0]).
-define(FN, ?FUNCTION_NAME).
-define(FA, ?FUNCTION_ARITY).
a() -> {?FUNCTION_NAME, ?FUNCTION_ARITY}.
b(X) -> {?FN, ?FA, X}.
c(X, {Y, Z}, [W]) -> {?FUNCTION_NAME, ?FUNCTION_ARITY, X, Y, Z, W}.
d([]) -> ?FUNCTION_ARITY.
e({a, b}) -> ?FUNCTION_ARITY.
f(<<>>, x) -> ?FUNCTION_ARITY.
g("") -> ?FUNCTION_ARITY.
h([a], b) -> ?FUNCTION_ARITY.
-define(NAME, k).
?NAME(X) -> {?FUNCTION_NAME, X}.
?FUNCTION_NAME() -> x.
-record(r, {a = ?FUNCTION_NAME}).
'quoted f'(A) -> ?FUNCTION_NAME.
l(A) when A > 0; ?FUNCTION_ARITY > 0 -> ?FUNCTION_NAME.
m() -> ?UNDEF, ?FUNCTION_NAME.
n(?UNDEF) -> ?FUNCTION_NAME.
o(fun() -> x end) -> ?FUNCTION_ARITY.
p((a), b) -> ?FUNCTION_ARITY.

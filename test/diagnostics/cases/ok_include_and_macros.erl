-module(ok_include_and_macros).
-export([f/0]).
-include("rec_inc.hrl").
-define(PAIR(A, B), {A, B}).
-ifdef(TEST).
-define(X, test).
-else.
-define(X, prod).
-endif.
f() -> ?PAIR(?X, {?MODULE, ?LINE, ?FILE, ?FUNCTION_NAME, ?FUNCTION_ARITY, ?MODULE_STRING}).

-module(include_state).
-ifdef(NOPE).
-else.
-include("include/defines_more.hrl").
a() -> ?FROM_INC.
-endif.
b() -> ?CYCLE_INC.

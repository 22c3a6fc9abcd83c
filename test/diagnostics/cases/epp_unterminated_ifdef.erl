-module(epp_unterminated_ifdef).
-export([f/0]).
-ifdef(DEBUG).
f() -> debug.

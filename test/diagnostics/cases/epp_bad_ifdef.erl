-module(epp_bad_ifdef).
-export([f/0]).
-ifdef(1).
-endif.
f() -> ok.

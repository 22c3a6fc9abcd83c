-module(epp_ifdef_skips_errors).
-export([f/0]).
-ifdef(NOT_DEFINED).
f() -> ?UNDEFINED_BUT_SKIPPED.
-else.
f() -> ok.
-endif.

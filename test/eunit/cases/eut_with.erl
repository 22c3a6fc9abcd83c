-module(eut_with).
-include_lib("eunit/include/eunit.hrl").
%% {with, X, [Fun]}: each fun applied to X as a test of its own.

with_test_() -> {with, [1, 2], [fun (L) -> ?assertEqual(2, length(L)) end,
                                fun (L) -> ?assertEqual([2, 1], L) end,
                                fun check/1]}.
check([H | _]) -> ?assert(H > 1).

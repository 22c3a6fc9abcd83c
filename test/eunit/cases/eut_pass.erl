-module(eut_pass).
-include_lib("eunit/include/eunit.hrl").
%% Passing tests only: the summary counts them.

add_test() -> ?assertEqual(4, 2 + 2).
match_test() -> ?assertMatch({ok, _}, {ok, 1}).
not_test() -> ?assertNot(1 > 2).
exception_test() -> ?assertError(badarith, 1 / zero()).
zero() -> 0.
generated_test_() -> [?_assert(true), ?_assertEqual(a, a), ?_test(ok)].

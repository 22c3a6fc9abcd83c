-module(eut_mixed).
-include_lib("eunit/include/eunit.hrl").
-export([exported_helper/0, not_a_test/0, test_prefix_only/0]).
%% Passing and failing tests mixed, and functions that are not tests.

one_test() -> ok.
two_test() -> ?assertEqual(1, id(1)).
three_test() -> ?assertEqual(1, id(2)).
four_test_() -> [?_test(ok), ?_assertError(badarg, list_to_atom(id(1)))].
not_a_test() -> not_called.
exported_helper() -> ok.
test_prefix_only() -> not_called.
id(X) -> X.

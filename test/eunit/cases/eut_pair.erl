-module(eut_pair).
-include_lib("eunit/include/eunit.hrl").
-export([double/1]).
%% A module whose tests are partly in eut_pair_tests: EUnit runs both.

double(X) -> 2 * X.
own_test() -> ?assertEqual(4, double(2)).

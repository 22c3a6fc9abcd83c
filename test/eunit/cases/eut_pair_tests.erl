-module(eut_pair_tests).
-include_lib("eunit/include/eunit.hrl").
%% The companion tests of eut_pair.

double_test() -> ?assertEqual(6, eut_pair:double(3)).
double_fails_test() -> ?assertEqual(7, eut_pair:double(3)).

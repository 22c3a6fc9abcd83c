-module(eut_two).
-include_lib("eunit/include/eunit.hrl").
%% Two tests: "2 tests passed."
first_test() -> ok.
second_test_() -> ?_assert(true).

-module(eut_one).
-include_lib("eunit/include/eunit.hrl").
%% Exactly one test: "Test passed."
only_test() -> ok.

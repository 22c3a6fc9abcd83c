-module(eut_verbose).
-include_lib("eunit/include/eunit.hrl").
%% Groups nested in titles, for the verbose listing.

a_test() -> ok.
groups_test_() ->
    {"outer", [{"inner one", [?_test(ok), ?_test(ok)]},
               {"inner two", ?_test(ok)},
               ?_test(ok)]}.
z_test() -> ok.

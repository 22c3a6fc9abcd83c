-module(eut_setup_fail).
-include_lib("eunit/include/eunit.hrl").
%% Fixtures that fail: in setup, in the instantiator, in cleanup; the tests
%% after them still run.

before_test() -> ok.
bad_setup_test_() ->
    {setup, fun () -> error(setup_broke) end, fun (_) -> ok end, [?_test(ok)]}.
bad_instantiator_test_() ->
    {setup, fun () -> ok end, fun (_) -> ok end, fun (_) -> exit(inst_broke) end}.
bad_cleanup_test_() ->
    {setup, fun () -> ok end, fun (_) -> throw(cleanup_broke) end, [?_test(ok)]}.
after_test() -> ok.

-module(eut_timeout).
-include_lib("eunit/include/eunit.hrl").
%% A test that takes longer than its timeout is cancelled, and the rest of its
%% group with it; tests in other groups go on.

fast_test() -> ok.
slow_test_() ->
    {"slow group", {spawn, [{timeout, 0.05, fun () -> receive after 2000 -> ok end end}, ?_test(ok)]}}.
still_runs_test() -> ok.
enough_time_test_() -> {timeout, 5, ?_test(timer:sleep(10))}.

%% Erlang code called back from a native function (test/exec/no-yield.test.ts):
%% erlts_test_native:call/1 is registered by the test, not an OTP module.
-module(noyield).
-export([direct/0, via_native/0, wait_in_native/0]).

direct() -> {ok, len(seq(5000))}.
via_native() -> erlts_test_native:call(fun() -> len(seq(5000)) end).
wait_in_native() -> erlts_test_native:call(fun() -> receive after 1 -> waited end end).

seq(0) -> [];
seq(N) -> [N | seq(N - 1)].

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

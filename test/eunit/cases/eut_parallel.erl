-module(eut_parallel).
-include_lib("eunit/include/eunit.hrl").
%% inparallel, inorder and spawn groups; failures are reported in item order.

par_test_() ->
    {inparallel, [?_test(timer:sleep(30)), ?_assertEqual(1, id(2)), ?_test(ok), ?_assert(id(false))]}.
par_n_test_() ->
    {inparallel, 2, [?_test(ok), ?_test(ok), ?_test(ok)]}.
inorder_test_() ->
    {inorder, [?_test(ok), ?_assertMatch(x, id(y))]}.
spawn_test_() ->
    Me = self(),
    {spawn, [?_assert(self() =/= Me), ?_assertEqual(Me, self())]}.
id(X) -> X.

-module(eut_foreach).
-include_lib("eunit/include/eunit.hrl").
%% foreach and foreachx: a fresh setup per test.

foreach_test_() ->
    {foreach, fun () -> make_ref() end, fun (_) -> ok end,
     [fun (R) -> ?_assert(is_reference(R)) end,
      fun (R) -> ?_assertNot(is_reference(R)) end]}.

foreach_nocleanup_test_() ->
    {foreach, fun () -> 5 end, [fun (N) -> ?_assertEqual(5, N) end]}.

foreachx_test_() ->
    {foreachx, fun (X) -> X * 2 end, fun (_, _) -> ok end,
     [{1, fun (X, R) -> ?_assertEqual(X * 2, R) end},
      {2, fun (X, R) -> ?_assertEqual(X, R) end}]}.

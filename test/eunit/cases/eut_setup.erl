-module(eut_setup).
-include_lib("eunit/include/eunit.hrl").
%% setup fixtures: the instantiator gets the setup value; cleanup runs after;
%% local and spawned; with/1 lists.

setup_test_() ->
    {setup, fun () -> 10 end, fun (_) -> ok end,
     fun (X) -> [?_assertEqual(10, X), ?_assertEqual(11, X)] end}.

setup_local_test_() ->
    {setup, local, fun () -> self() end, fun (_) -> ok end,
     fun (P) -> ?_assertEqual(P, self()) end}.

setup_spawn_test_() ->
    {setup, spawn, fun () -> self() end, fun (_) -> ok end,
     fun (P) -> ?_assertEqual(P, self()) end}.

setup_plain_test_() ->
    {setup, fun () -> put(k, v) end, [?_test(ok), ?_assertEqual(undefined, get(k))]}.

setup_with_test_() ->
    {setup, fun () -> 3 end, fun (_) -> ok end,
     {with, [fun (X) -> ?assertEqual(3, X) end, fun (X) -> ?assert(X > 5) end]}}.

titled_setup_test_() ->
    {"with a title", {setup, fun () -> ok end, [?_test(ok)]}}.

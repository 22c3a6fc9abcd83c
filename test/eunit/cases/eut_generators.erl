-module(eut_generators).
-include_lib("eunit/include/eunit.hrl").
-export([plain/0, gen/0]).
%% Test representations: lists, nested lists, {Line, Fun}, titles, {M, F},
%% {test, M, F}, {generator, ...}, and failures inside each.

list_test_() -> [?_assert(true), [?_assertEqual(1, id(2))], [[?_test(ok)]]].
titled_test_() -> {"a titled group", [?_test(ok), ?_assertEqual(b, id(c))]}.
single_titled_test_() -> {"single", ?_assert(id(false))}.
binary_title_test_() -> {<<"binary title">>, [?_test(ok), ?_test(ok)]}.
mf_test_() -> [{?MODULE, plain}, {test, ?MODULE, plain}].
gen_fun_test_() -> {generator, fun () -> [?_assert(id(false))] end}.
gen_mf_test_() -> {generator, ?MODULE, gen}.
line_fun_test_() -> {42, fun () -> ?assert(id(false)) end}.
fun_test_() -> fun () -> ok end.

plain() -> ok.
gen() -> [?_assertMatch({_}, id({1, 2}))].
id(X) -> X.

%% Uses every macro of the bundled headers. test/preprocess/bundled.test.ts
%% preprocesses it with erlts; bundled-headers.escript compiles and runs it against
%% OTP's headers and against erlts's, and compares what each function returns.
-module(uses_headers).
-include_lib("eunit/include/eunit.hrl").
-include_lib("kernel/include/logger.hrl").
-include_lib("kernel/include/file.hrl").
-include_lib("stdlib/include/ms_transform.hrl").
-export([cases/0, run/1]).

cases() ->
    [assert_ok, assert_fail, assert_not_boolean, assert_comment, assert_not_fail,
     match_ok, match_fail, match_comment, not_match_fail, equal_fail, equal_comment,
     not_equal_fail, exception_ok, exception_success, exception_other, error_fail,
     exit_fail, throw_fail, not_exception_fail, not_exception_other, test_object,
     test_objects, let_if_matches, under_eunit, captured, file_info, file_descriptor,
     log_macros, debug_val, cmd_ok, cmd_status, ms].

run(Case) ->
    try {ok, do(Case)}
    catch C:R:S -> {C, R, length(S) > 0}
    end.

do(assert_ok) -> ?assert(1 < 2);
do(assert_fail) -> ?assert(1 >
                           2);
do(assert_not_boolean) -> ?assert(list_to_atom("maybe"));
do(assert_comment) -> ?assert(false, "a comment");
do(assert_not_fail) -> ?assertNot(true);
do(match_ok) -> ?assertMatch({a, _}, {a, 1});
do(match_fail) -> ?assertMatch({a, X} when X > 1, {a, 1});
do(match_comment) -> ?assertMatch([_], [], "why");
do(not_match_fail) -> ?assertNotMatch({a, _}, {a, 1});
do(equal_fail) -> ?assertEqual(1, 1 + 1);
do(equal_comment) -> ?assertEqual(<<"x">>, <<"y">>, {some, comment});
do(not_equal_fail) -> ?assertNotEqual(2, 1 + 1);
do(exception_ok) -> ?assertException(throw, {x, _}, throw({x, 1}));
do(exception_success) -> ?assertException(error, badarg, ok);
do(exception_other) -> ?assertException(error, badarg, throw(x));
do(error_fail) -> ?assertError(badarith, 1 + 1);
do(exit_fail) -> ?assertExit(normal, ok, "c");
do(throw_fail) -> ?assertThrow(x, erlang:error(y));
do(not_exception_fail) -> ?assertNotException(throw, x, throw(x));
do(not_exception_other) -> ?assertNotException(throw, x, throw(y));
do(test_object) ->
    {L, F} = ?_test(1 + 1),
    {is_integer(L), F()};
do(test_objects) ->
    [{is_integer(L), catch F()} || {L, F} <- [?_assert(true), ?_assertNot(true), ?_assertMatch(a, b),
                                             ?_assertNotMatch(a, a), ?_assertEqual(1, 2),
                                             ?_assertNotEqual(1, 1), ?_assertException(error, x, ok),
                                             ?_assertError(x, ok), ?_assertExit(x, ok), ?_assertThrow(x, ok),
                                             ?_assertNotException(throw, x, throw(x))]];
do(let_if_matches) -> {?LET(X, 2, X * 3), ?IF(1 > 2, a, b), ?MATCHES({_, _}, {1, 2}), ?MATCHES([], x)};
do(under_eunit) -> ?UNDER_EUNIT;
do(captured) -> ?capturedOutput;
do(file_info) -> {record_info(fields, file_info), #file_info{size = 1}};
do(file_descriptor) -> {record_info(fields, file_descriptor), #file_descriptor{module = m}};
do(log_macros) ->
    [?LOG_EMERGENCY("a"), ?LOG_ALERT("a", []), ?LOG_CRITICAL("a", [], #{}), ?LOG_ERROR(#{r => 1}),
     ?LOG_WARNING("w"), ?LOG_NOTICE("n"), ?LOG_INFO("i"), ?LOG_DEBUG("d"), ?LOG(info, "x"),
     ?LOG(info, "x", []), ?LOG(info, "x", [], #{}), ?LOCATION];
do(debug_val) -> {?debugVal(1 + 1), ?debugVal(2, 3), ?debugTime("t", 5), ?debugHere, ?debugMsg("m"), ?debugFmt("~p", [x])};
do(cmd_ok) -> {?cmd("echo hi"), ?assertCmd("true"), ?assertCmdOutput("x\n", "echo x"), ?cmdStatus(1, "false")};
do(cmd_status) -> ?assertCmdStatus(3, "exit 2");
do(ms) -> ets:fun2ms(fun({K, V}) when V > 1 -> K end).

a_test() -> ok.
b_test_() -> [?_assert(true), ?_cmd("true"), ?_cmdStatus(0, "true"), ?_assertCmd("true"),
              ?_assertCmdStatus(0, "true"), ?_assertCmdOutput("", "true")].

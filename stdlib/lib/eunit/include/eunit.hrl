%% erlts: EUnit's test macros (the interface of OTP's eunit/include/eunit.hrl).
%%
%% Switches, defined before including this file (or with -D):
%%   NOTEST      no test functions: tests are stripped, EUNIT is undefined
%%   TEST        the opposite (wins over NOTEST)
%%   NODEBUG     ?debug* macros do nothing (DEBUG wins over NODEBUG)
%%   NOASSERT    assertions do nothing (see stdlib/include/assert.hrl)
%%   EUNIT_NOAUTO  no parse transform (test functions are not exported automatically)
%%
%% Macros:
%%   ?assert*, ?assertNot*, ...     assertions (from assert.hrl), evaluated in place
%%   ?_assert*, ?_test(Expr)        the same as test objects: {Line, fun() -> ... end}
%%   ?cmd, ?cmdStatus, ?assertCmd*  run a shell command (eunit_lib:command/1)
%%   ?debugMsg, ?debugHere, ?debugFmt, ?debugVal, ?debugTime
%%                                  print to the `user` device, with file and line
%%                                  (?debugValAll only exists under NODEBUG, as in OTP 25)
%%   ?LET, ?IF, ?MATCHES, ?UNDER_EUNIT, ?capturedOutput
%%
%% Variables introduced by the expansions start with `Erlts__`.

-ifndef(EUNIT_HRL).
-define(EUNIT_HRL, true).

-ifdef(TEST).
-undef(NOTEST).
-endif.

-ifdef(DEBUG).
-undef(NODEBUG).
-endif.

-ifdef(NOTEST).
-undef(EUNIT).
-else.
%% Testing needs the assertions.
-ifndef(ASSERT).
-define(ASSERT, true).
-endif.
-ifndef(TEST).
-define(TEST, true).
-endif.
-ifndef(EUNIT).
-define(EUNIT, true).
-endif.
-endif.

-include_lib("stdlib/include/assert.hrl").

%% Test functions (`*_test/0`, `*_test_/0`) are exported, or removed under NOTEST.
-ifndef(EUNIT_NOAUTO).
-ifdef(NOTEST).
-compile({parse_transform, eunit_striptests}).
-else.
-compile({parse_transform, eunit_autoexport}).
-endif.
-endif.

%% ---------------------------------------------------------------- utilities

-ifndef(LET).
-define(LET(X, Y, Z), begin ((fun (X) -> (Z) end)(Y)) end).
-endif.

-ifndef(IF).
-define(IF(B, T, F), begin (case (B) of true -> (T); false -> (F) end) end).
-endif.

-ifndef(MATCHES).
-define(MATCHES(G, E), begin (case (E) of G -> true; _ -> false end) end).
-endif.

%% Whether the calling process runs under EUnit (its group leader is EUnit's).
-ifndef(UNDER_EUNIT).
-define(UNDER_EUNIT,
        (?MATCHES({current_function, {eunit_proc, _, _}},
                  erlang:process_info(erlang:group_leader(), current_function)))).
-endif.

%% What the test has written to standard output so far (under EUnit), else "".
-ifndef(capturedOutput).
-define(capturedOutput,
        case ?UNDER_EUNIT of
            true -> eunit_proc:get_output();
            false -> ""
        end).
-endif.

%% ---------------------------------------------------------------- test objects

-define(_test(Expr), {?LINE, fun () -> (Expr) end}).

-define(_assert(BoolExpr), ?_test(?assert(BoolExpr))).
-define(_assertNot(BoolExpr), ?_assert(not (BoolExpr))).
-define(_assertMatch(Guard, Expr), ?_test(?assertMatch(Guard, Expr))).
-define(_assertNotMatch(Guard, Expr), ?_test(?assertNotMatch(Guard, Expr))).
-define(_assertEqual(Expect, Expr), ?_test(?assertEqual(Expect, Expr))).
-define(_assertNotEqual(Unexpected, Expr), ?_test(?assertNotEqual(Unexpected, Expr))).
-define(_assertException(Class, Term, Expr), ?_test(?assertException(Class, Term, Expr))).
-define(_assertError(Term, Expr), ?_assertException(error, Term, Expr)).
-define(_assertExit(Term, Expr), ?_assertException(exit, Term, Expr)).
-define(_assertThrow(Term, Expr), ?_assertException(throw, Term, Expr)).
-define(_assertNotException(Class, Term, Expr), ?_test(?assertNotException(Class, Term, Expr))).

%% ---------------------------------------------------------------- commands

%% {Status, Output} of running Cmd in a shell.
-define(_cmd_(Cmd), (eunit_lib:command(Cmd))).

%% The output of Cmd; an error unless it exits with status N.
-define(cmdStatus(N, Cmd),
        begin
            ((fun () ->
                      case ?_cmd_(Cmd) of
                          {(N), Erlts__Out} ->
                              Erlts__Out;
                          {Erlts__Status, _} ->
                              erlang:error({command_failed,
                                            [{module, ?MODULE},
                                             {line, ?LINE},
                                             {command, (Cmd)},
                                             {expected_status, (N)},
                                             {status, Erlts__Status}]})
                      end
              end)())
        end).
-define(cmd(Cmd), ?cmdStatus(0, Cmd)).
-define(_cmdStatus(N, Cmd), ?_test(?cmdStatus(N, Cmd))).
-define(_cmd(Cmd), ?_test(?cmd(Cmd))).

-ifdef(NOASSERT).
-define(assertCmdStatus(N, Cmd), ok).
-define(assertCmdOutput(T, Cmd), ok).
-else.
-define(assertCmdStatus(N, Cmd),
        begin
            ((fun () ->
                      case ?_cmd_(Cmd) of
                          {(N), _} ->
                              ok;
                          {Erlts__Status, _} ->
                              erlang:error({assertCmd_failed,
                                            [{module, ?MODULE},
                                             {line, ?LINE},
                                             {command, (Cmd)},
                                             {expected_status, (N)},
                                             {status, Erlts__Status}]})
                      end
              end)())
        end).
-define(assertCmdOutput(T, Cmd),
        begin
            ((fun () ->
                      case ?_cmd_(Cmd) of
                          {_, (T)} ->
                              ok;
                          {_, Erlts__Out} ->
                              erlang:error({assertCmdOutput_failed,
                                            [{module, ?MODULE},
                                             {line, ?LINE},
                                             {command, (Cmd)},
                                             {expected_output, (T)},
                                             {output, Erlts__Out}]})
                      end
              end)())
        end).
-endif.
-define(assertCmd(Cmd), ?assertCmdStatus(0, Cmd)).
-define(_assertCmdStatus(N, Cmd), ?_test(?assertCmdStatus(N, Cmd))).
-define(_assertCmd(Cmd), ?_test(?assertCmd(Cmd))).
-define(_assertCmdOutput(T, Cmd), ?_test(?assertCmdOutput(T, Cmd))).

%% ---------------------------------------------------------------- debugging

-ifdef(NODEBUG).
-define(debugMsg(S), ok).
-define(debugHere, ok).
-define(debugFmt(S, As), ok).
-define(debugVal(E), (E)).
-define(debugValAll(E), (E)).
-define(debugTime(S, E), (E)).
-else.
%% Print "File:Line:Pid: Text" on the console.
-define(debugMsg(S),
        begin
            io:fwrite(user, <<"~ts:~w:~w: ~ts\n">>, [?FILE, ?LINE, self(), S]),
            ok
        end).
-define(debugHere, (?debugMsg("<-"))).
-define(debugFmt(S, As), (?debugMsg(io_lib:format((S), (As))))).

-ifndef(EUNIT_DEBUG_VAL_DEPTH).
-define(EUNIT_DEBUG_VAL_DEPTH, 15).
-endif.

%% Print "Expr = Value" (Value printed to depth D), then return the value.
-define(debugVal(E, D),
        begin
            ((fun (Erlts__Val) ->
                      ?debugFmt(<<"~ts = ~tP">>, [(??E), Erlts__Val, D]),
                      Erlts__Val
              end)(E))
        end).
-define(debugVal(E), ?debugVal(E, ?EUNIT_DEBUG_VAL_DEPTH)).

%% Print how long evaluating E took, then return its value.
-define(debugTime(S, E),
        begin
            ((fun () ->
                      {Erlts__T0, _} = statistics(wall_clock),
                      Erlts__Val = (E),
                      {Erlts__T1, _} = statistics(wall_clock),
                      ?debugFmt(<<"~ts: ~.3f s">>, [(S), (Erlts__T1 - Erlts__T0) / 1000]),
                      Erlts__Val
              end)())
        end).
-endif.

-endif. % EUNIT_HRL

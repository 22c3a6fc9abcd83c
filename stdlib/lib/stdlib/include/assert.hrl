%% erlts: assertion macros (the interface of OTP's stdlib/include/assert.hrl).
%%
%% Each assertion evaluates to `ok` or raises `error({Kind, Info})`, where Kind names
%% the assertion and Info is a property list: module, line, an optional comment, the
%% text of the tested expression and, depending on Kind, pattern / expected / value /
%% unexpected_success / unexpected_exception. Tools (eunit) format these terms, so
%% their shape is part of the interface.
%%
%% Define NOASSERT (or NODEBUG without DEBUG) to turn every assertion into `ok`;
%% defining ASSERT keeps them whatever else is defined.
%%
%% Variables introduced by the expansions start with `Erlts__`, which user code is
%% not expected to use.

-ifndef(ASSERT_HRL).
-define(ASSERT_HRL, true).

-ifdef(NODEBUG).
-ifndef(DEBUG).
-ifndef(NOASSERT).
-define(NOASSERT, true).
-endif.
-endif.
-endif.

-ifdef(ASSERT).
-undef(NOASSERT).
-endif.

-ifdef(NOASSERT).

-define(assert(BoolExpr), ok).
-define(assert(BoolExpr, Comment), ok).
-define(assertNot(BoolExpr), ok).
-define(assertNot(BoolExpr, Comment), ok).
-define(assertMatch(Guard, Expr), ok).
-define(assertMatch(Guard, Expr, Comment), ok).
-define(assertNotMatch(Guard, Expr), ok).
-define(assertNotMatch(Guard, Expr, Comment), ok).
-define(assertEqual(Expect, Expr), ok).
-define(assertEqual(Expect, Expr, Comment), ok).
-define(assertNotEqual(Unexpected, Expr), ok).
-define(assertNotEqual(Unexpected, Expr, Comment), ok).
-define(assertException(Class, Term, Expr), ok).
-define(assertException(Class, Term, Expr, Comment), ok).
-define(assertNotException(Class, Term, Expr), ok).
-define(assertNotException(Class, Term, Expr, Comment), ok).

-else.

%% The property list of a failure: module and line, then `Rest` (a list expression).
-define(ERLTS_ASSERT_INFO(Rest), [{module, ?MODULE}, {line, ?LINE} | Rest]).

%% Truth is compared with a value computed at run time, so that the compiler does
%% not warn about clauses that cannot match when BoolExpr is a literal.
-define(ERLTS_ASSERT_BOOL(Want, BoolExpr, Comments),
        begin
            ((fun () ->
                      Erlts__Want = (is_process_alive(self()) =:= Want),
                      case (BoolExpr) of
                          Erlts__Want ->
                              ok;
                          Erlts__Got ->
                              erlang:error(
                                {assert,
                                 ?ERLTS_ASSERT_INFO(
                                    Comments ++
                                        [{expression, (??BoolExpr)},
                                         {expected, Erlts__Want},
                                         case (not Erlts__Want) =:= Erlts__Got of
                                             true -> {value, Erlts__Got};
                                             false -> {not_boolean, Erlts__Got}
                                         end])})
                      end
              end)())
        end).

-define(assert(BoolExpr), ?ERLTS_ASSERT_BOOL(true, BoolExpr, [])).
-define(assert(BoolExpr, Comment), ?ERLTS_ASSERT_BOOL(true, BoolExpr, [{comment, (Comment)}])).
-define(assertNot(BoolExpr), ?ERLTS_ASSERT_BOOL(false, BoolExpr, [])).
-define(assertNot(BoolExpr, Comment), ?ERLTS_ASSERT_BOOL(false, BoolExpr, [{comment, (Comment)}])).

-define(ERLTS_ASSERT_MATCH(Guard, Expr, Comments),
        begin
            ((fun () ->
                      case (Expr) of
                          Guard ->
                              ok;
                          Erlts__Got ->
                              erlang:error(
                                {assertMatch,
                                 ?ERLTS_ASSERT_INFO(
                                    Comments ++
                                        [{expression, (??Expr)},
                                         {pattern, (??Guard)},
                                         {value, Erlts__Got}])})
                      end
              end)())
        end).

-define(assertMatch(Guard, Expr), ?ERLTS_ASSERT_MATCH(Guard, Expr, [])).
-define(assertMatch(Guard, Expr, Comment), ?ERLTS_ASSERT_MATCH(Guard, Expr, [{comment, (Comment)}])).

-define(ERLTS_ASSERT_NOT_MATCH(Guard, Expr, Comments),
        begin
            ((fun () ->
                      Erlts__Got = (Expr),
                      case Erlts__Got of
                          Guard ->
                              erlang:error(
                                {assertNotMatch,
                                 ?ERLTS_ASSERT_INFO(
                                    Comments ++
                                        [{expression, (??Expr)},
                                         {pattern, (??Guard)},
                                         {value, Erlts__Got}])});
                          _ ->
                              ok
                      end
              end)())
        end).

-define(assertNotMatch(Guard, Expr), ?ERLTS_ASSERT_NOT_MATCH(Guard, Expr, [])).
-define(assertNotMatch(Guard, Expr, Comment), ?ERLTS_ASSERT_NOT_MATCH(Guard, Expr, [{comment, (Comment)}])).

-define(ERLTS_ASSERT_EQUAL(Expect, Expr, Comments),
        begin
            ((fun () ->
                      Erlts__Want = (Expect),
                      case (Expr) of
                          Erlts__Want ->
                              ok;
                          Erlts__Got ->
                              erlang:error(
                                {assertEqual,
                                 ?ERLTS_ASSERT_INFO(
                                    Comments ++
                                        [{expression, (??Expr)},
                                         {expected, Erlts__Want},
                                         {value, Erlts__Got}])})
                      end
              end)())
        end).

-define(assertEqual(Expect, Expr), ?ERLTS_ASSERT_EQUAL(Expect, Expr, [])).
-define(assertEqual(Expect, Expr, Comment), ?ERLTS_ASSERT_EQUAL(Expect, Expr, [{comment, (Comment)}])).

-define(ERLTS_ASSERT_NOT_EQUAL(Unexpected, Expr, Comments),
        begin
            ((fun () ->
                      Erlts__Bad = (Unexpected),
                      case (Expr) of
                          Erlts__Bad ->
                              erlang:error(
                                {assertNotEqual,
                                 ?ERLTS_ASSERT_INFO(
                                    Comments ++
                                        [{expression, (??Expr)},
                                         {value, Erlts__Bad}])});
                          _ ->
                              ok
                      end
              end)())
        end).

-define(assertNotEqual(Unexpected, Expr), ?ERLTS_ASSERT_NOT_EQUAL(Unexpected, Expr, [])).
-define(assertNotEqual(Unexpected, Expr, Comment),
        ?ERLTS_ASSERT_NOT_EQUAL(Unexpected, Expr, [{comment, (Comment)}])).

%% The text of the exception pattern, as shown in failure reports.
-define(ERLTS_EXCEPTION_PATTERN(Class, Term), ("{ " ++ (??Class) ++ " , " ++ (??Term) ++ " , [...] }")).

-define(ERLTS_ASSERT_EXCEPTION(Class, Term, Expr, Comments),
        begin
            ((fun () ->
                      try (Expr) of
                          Erlts__Got ->
                              erlang:error(
                                {assertException,
                                 ?ERLTS_ASSERT_INFO(
                                    Comments ++
                                        [{expression, (??Expr)},
                                         {pattern, ?ERLTS_EXCEPTION_PATTERN(Class, Term)},
                                         {unexpected_success, Erlts__Got}])})
                      catch
                          Class:Term ->
                              ok;
                          Erlts__C:Erlts__T:Erlts__S ->
                              erlang:error(
                                {assertException,
                                 ?ERLTS_ASSERT_INFO(
                                    Comments ++
                                        [{expression, (??Expr)},
                                         {pattern, ?ERLTS_EXCEPTION_PATTERN(Class, Term)},
                                         {unexpected_exception, {Erlts__C, Erlts__T, Erlts__S}}])})
                      end
              end)())
        end).

-define(assertException(Class, Term, Expr), ?ERLTS_ASSERT_EXCEPTION(Class, Term, Expr, [])).
-define(assertException(Class, Term, Expr, Comment),
        ?ERLTS_ASSERT_EXCEPTION(Class, Term, Expr, [{comment, (Comment)}])).

-define(ERLTS_ASSERT_NOT_EXCEPTION(Class, Term, Expr, Comments),
        begin
            ((fun () ->
                      try (Expr) of
                          _ ->
                              ok
                      catch
                          Erlts__C:Erlts__T:Erlts__S ->
                              %% Class and Term are matched one after the other, as
                              %% Term may not be a valid pattern in a catch clause.
                              case Erlts__C of
                                  Class ->
                                      case Erlts__T of
                                          Term ->
                                              erlang:error(
                                                {assertNotException,
                                                 ?ERLTS_ASSERT_INFO(
                                                    Comments ++
                                                        [{expression, (??Expr)},
                                                         {pattern, ?ERLTS_EXCEPTION_PATTERN(Class, Term)},
                                                         {unexpected_exception,
                                                          {Erlts__C, Erlts__T, Erlts__S}}])});
                                          _ ->
                                              ok
                                      end;
                                  _ ->
                                      ok
                              end
                      end
              end)())
        end).

-define(assertNotException(Class, Term, Expr), ?ERLTS_ASSERT_NOT_EXCEPTION(Class, Term, Expr, [])).
-define(assertNotException(Class, Term, Expr, Comment),
        ?ERLTS_ASSERT_NOT_EXCEPTION(Class, Term, Expr, [{comment, (Comment)}])).

-endif. % NOASSERT

-define(assertError(Term, Expr), ?assertException(error, Term, Expr)).
-define(assertError(Term, Expr, Comment), ?assertException(error, Term, Expr, Comment)).
-define(assertExit(Term, Expr), ?assertException(exit, Term, Expr)).
-define(assertExit(Term, Expr, Comment), ?assertException(exit, Term, Expr, Comment)).
-define(assertThrow(Term, Expr), ?assertException(throw, Term, Expr)).
-define(assertThrow(Term, Expr, Comment), ?assertException(throw, Term, Expr, Comment)).

-endif. % ASSERT_HRL

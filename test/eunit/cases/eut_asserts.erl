-module(eut_asserts).
-include_lib("eunit/include/eunit.hrl").
%% Every assertion macro failing once, so each error term is printed.

assert_test() -> ?assert(id(1) =:= 2).
assert_not_test() -> ?assertNot(id(true)).
assert_nonbool_test() -> ?assert(id(maybe)).
match_test() -> ?assertMatch([_, _], id([1])).
match_guard_test() -> ?assertMatch(X when X > 10, id(5)).
not_match_test() -> ?assertNotMatch({a, _}, id({a, 1})).
equal_test() -> ?assertEqual("abc", id("abd")).
not_equal_test() -> ?assertNotEqual(3, id(3)).
exception_none_test() -> ?assertException(error, badarg, id(ok)).
exception_other_test() -> ?assertError(badarg, throw(id(x))).
exit_test() -> ?assertExit(normal, id(1)).
throw_test() -> ?assertThrow(oops, erlang:error(id(other))).
not_exception_test() -> ?assertNotException(throw, x, throw(id(x))).

id(X) -> X.

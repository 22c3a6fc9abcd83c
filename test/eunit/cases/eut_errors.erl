-module(eut_errors).
-include_lib("eunit/include/eunit.hrl").
%% Tests that crash: error, exit, throw, badmatch, function_clause and undef in
%% helpers, so the printed stacks include the module's own frames.

error_test() -> error(id(broken)).
exit_test() -> exit(id(gone)).
throw_test() -> throw(id(ball)).
badmatch_test() -> {ok, _} = id(error).
clause_test() -> helper(id(3)).
deep_test() -> 1 + outer(id(2)).
undef_test() -> eut_no_such_module:f(id(1)).
badarith_test() -> id(1) + id(a).

helper(1) -> one.
outer(X) -> 1 + inner(X).
inner(X) -> error({inner, X}).
id(X) -> X.

#!/usr/bin/env escript
-module(ets_match_spec_run).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: match_spec_compile/1, match_spec_run/2 and is_compiled_ms/1 on lists of terms; a bad spec is badarg.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    C = ets:match_spec_compile([{{'$1', '$2'}, [{'>', '$2', 1}], [{{'$2', '$1'}}]}]),
    p(ets:is_compiled_ms(C)),
    p(ets:is_compiled_ms(id(make_ref()))),
    p(ets:is_compiled_ms(id(foo))),
    p(ets:match_spec_run([{a, 1}, {b, 2}, x, {c, 3}, {d, 4, 5}], C)),
    p(ets:match_spec_run([], C)),
    C2 = ets:match_spec_compile([{'$1', [{is_integer, '$1'}], [{'*', '$1', 2}]}]),
    p(ets:match_spec_run([1, a, 2, [3], 4], C2)),
    C3 = ets:match_spec_compile([{[a | '$1'], [], ['$1']}, {'_', [], [other]}]),
    p(ets:match_spec_run([[a, b], [b], {a}], C3)),
    p(e(fun() -> ets:match_spec_compile(id([bad])) end)),
    p(e(fun() -> ets:match_spec_compile(id(bad)) end)).

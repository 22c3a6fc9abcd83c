#!/usr/bin/env escript
-module(ets_ms_errors).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: invalid match specs given to select/2, select_count/2, match/2: unbound variables, unknown functions, bad shapes, trace-only forms; all badarg.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

try_ms(MS) ->
    case e(fun() -> ets:select(ets_ms_errors_t, MS) end) of
        {ok, V} -> {ok, V};
        {error, R, {ets, select, _, Info}} -> {error, R, Info}
    end.

main(_) ->
    ets:new(ets_ms_errors_t, [named_table]),
    ets:insert(ets_ms_errors_t, {1, 2}),
    [p(try_ms(MS)) || MS <- id([
        foo, [foo], [{}], [{'_', [], []}], [{'_', [], ['$1']}], [{{'$1', '_'}, [{foo, '$1'}], [ok]}],
        [{{'$1', '_'}, [], [{message, '$1'}]}], [{{'$1', '_'}, [], [{'$1'}]}], [{{'$1', '_'}, [], [{}]}],
        [{{'$1', '_'}, [], [{const, 1, 2}]}], [{{'$1', '_'}, [], [{is_atom, 1, 2}]}],
        [{{'$1', '_'}, not_a_list, [ok]}], [{{'$1', '_'}, [], not_a_list}], [{{'$1', '_'}, [], [ok]} | tail],
        [{{'$1', '_'}, [], [{get_tcw}]}], [{{'$1', '_'}, [], [{tuple_size, '$1'}]}],
        [{{'$1', '_'}, [], [ok]}, bad], [{{'$1', '_'}, [], [{{'$1', '$2'}}]}],
        [{{'$1', '_'}, [{'>', '$1', 0}], ['$1']}]])],
    p(e(fun() -> ets:match(ets_ms_errors_t, id({'$1'}), 0) end)),
    p(e(fun() -> ets:select_count(ets_ms_errors_t, id([{'_', [], ['$9']}])) end)),
    p(e(fun() -> ets:select_reverse(ets_ms_errors_t, id([bad])) end)).

%% ets: the Erlang half of erlts's ETS. The BIFs (new, insert, lookup, select, ...) are
%% native (runtime/bifs/ets.ts); the functions OTP writes in Erlang on top of them are
%% here, calling the same BIFs as OTP's, so that a failure shows the same BIF on top of
%% the stack (tab2list/1 fails in match_object/2, foldl/3 in safe_fixtable/2,
%% delete_all_objects/1 in internal_delete_all/2, ...).
-module(ets).

-export([delete_all_objects/1, select_delete/2, match_delete/2, tab2list/1,
         foldl/3, foldr/3, test_ms/2, match_spec_run/2, repair_continuation/2,
         fun2ms/1, init_table/2]).

delete_all_objects(Tab) ->
    _ = ets:internal_delete_all(Tab, undefined),
    true.

%% The match spec that matches everything is a delete_all_objects (OTP does the same).
select_delete(Tab, [{'_', [], [true]}]) ->
    ets:internal_delete_all(Tab, undefined);
select_delete(Tab, Spec) ->
    ets:internal_select_delete(Tab, Spec).

match_delete(Tab, Pattern) ->
    ets:select_delete(Tab, [{Pattern, [], [true]}]),
    true.

tab2list(Tab) ->
    ets:match_object(Tab, '_').

foldl(F, Acc, Tab) ->
    ets:safe_fixtable(Tab, true),
    First = ets:first(Tab),
    try
        foldl_1(F, Acc, First, Tab)
    after
        ets:safe_fixtable(Tab, false)
    end.

foldl_1(_F, Acc, '$end_of_table', _Tab) ->
    Acc;
foldl_1(F, Acc, Key, Tab) ->
    Acc1 = lists:foldl(F, Acc, ets:lookup(Tab, Key)),
    foldl_1(F, Acc1, ets:next(Tab, Key), Tab).

foldr(F, Acc, Tab) ->
    ets:safe_fixtable(Tab, true),
    Last = ets:last(Tab),
    try
        foldr_1(F, Acc, Last, Tab)
    after
        ets:safe_fixtable(Tab, false)
    end.

foldr_1(_F, Acc, '$end_of_table', _Tab) ->
    Acc;
foldr_1(F, Acc, Key, Tab) ->
    Acc1 = lists:foldr(F, Acc, ets:lookup(Tab, Key)),
    foldr_1(F, Acc1, ets:prev(Tab, Key), Tab).

test_ms(Term, Spec) ->
    case erlang:match_spec_test(Term, Spec, table) of
        {ok, Result, _Flags, _Messages} -> {ok, Result};
        {error, _} = Error -> Error
    end.

match_spec_run(List, Compiled) ->
    lists:reverse(ets:match_spec_run_r(List, Compiled, [])).

%% Continuations here carry the match spec itself, never a compiled one: nothing to repair.
repair_continuation('$end_of_table', _Spec) ->
    '$end_of_table';
repair_continuation(Cont, _Spec) when is_tuple(Cont) ->
    Cont.

%% Reached only when the call was not transformed at compile time (no
%% -include_lib("stdlib/include/ms_transform.hrl")): OTP's message, word for word.
fun2ms(Fun) when is_function(Fun) ->
    exit({badarg, {ets, fun2ms,
                   [function, called, with, real, 'fun', should, be, transformed, with,
                    parse_transform, 'or', called, with, a, 'fun', generated, in, the,
                    shell]}}).

init_table(Tab, Fun) ->
    ets:delete_all_objects(Tab),
    init_table_1(Tab, Fun(read)).

init_table_1(_Tab, end_of_input) ->
    true;
init_table_1(Tab, {List, Fun}) when is_list(List), is_function(Fun) ->
    case catch init_table_2(Tab, List) of
        {'EXIT', Reason} ->
            (catch Fun(close)),
            exit(Reason);
        true ->
            init_table_1(Tab, Fun(read))
    end;
init_table_1(_Tab, Other) ->
    exit(Other).

init_table_2(_Tab, []) ->
    true;
init_table_2(Tab, [Obj | Rest]) ->
    ets:insert(Tab, Obj),
    init_table_2(Tab, Rest).

%% maps: the parts of module maps written in Erlang (erlts's own implementation).
%%
%% The BIFs (get/2, put/3, find/2, to_list/1, merge/2, ...) and the iterator step
%% erts_internal:map_next/3 are native, in runtime/bifs/maps.ts. What is here walks
%% maps with iterators, so everything visits pairs in OTP's iterator order: key order
%% for maps of up to 32 keys, OTP's HAMT order above.
%%
%% Errors follow OTP 25: a non-map where a map is needed raises {badmap, M} from the
%% exported function, with the error_info annotation OTP adds; a bad fun is badarg.
%% The `-file("maps.erl", N).` lines give map, fold, foreach, filter, filtermap and update_with OTP 25's line numbers in stack
%% traces (a fun failing inside them shows the frames BEAM shows; conformance
%% maps/maps_hof_stack_lines). The numbers are facts about OTP's file.
-module(maps).

%% Errors raised here carry the annotation OTP's maps adds (erl_stdlib_errors explains
%% them); written at each raise so that the raising function is the top frame.
-define(INFO, [{error_info, #{module => erl_stdlib_errors}}]).

-export([get/3, filter/2, filtermap/2, fold/3, foreach/2, map/2,
         update_with/3, update_with/4, without/2, with/2,
         iterator/1, next/1, intersect/2, intersect_with/3, merge_with/3,
         groups_from_list/2, groups_from_list/3]).

get(Key, Map, Default) when is_map(Map) ->
    case Map of
        #{Key := V} -> V;
        #{} -> Default
    end;
get(Key, Map, Default) ->
    erlang:error({badmap, Map}, [Key, Map, Default], ?INFO).

-file("maps.erl", 261).
update_with(Key, Fun, Map) when is_function(Fun, 1), is_map(Map) ->
    case Map of
        #{Key := V} -> Map#{Key := Fun(V)};
        #{} -> erlang:error({badkey, Key}, [Key, Fun, Map])
    end;
update_with(Key, Fun, Map) ->
    erlang:error(not_map_or_badarg(Map), [Key, Fun, Map], ?INFO).

-file("maps.erl", 275).
update_with(Key, Fun, Init, Map) when is_function(Fun, 1), is_map(Map) ->
    case Map of
        #{Key := V} -> Map#{Key := Fun(V)};
        #{} -> Map#{Key => Init}
    end;
update_with(Key, Fun, Init, Map) ->
    erlang:error(not_map_or_badarg(Map), [Key, Fun, Init, Map], ?INFO).

without(Keys, Map) when is_list(Keys), is_map(Map) ->
    lists:foldl(fun maps:remove/2, Map, Keys);
without(Keys, Map) ->
    erlang:error(not_map_or_badarg(Map), [Keys, Map], ?INFO).

with(Keys, Map) when is_list(Keys), is_map(Map) ->
    maps:from_list(with_1(Keys, Map));
with(Keys, Map) ->
    erlang:error(not_map_or_badarg(Map), [Keys, Map], ?INFO).

with_1([K | Ks], Map) ->
    case Map of
        #{K := V} -> [{K, V} | with_1(Ks, Map)];
        #{} -> with_1(Ks, Map)
    end;
with_1([], _) -> [].

%% ---------------------------------------------------------------- iterators

iterator(Map) when is_map(Map) -> [0 | Map];
iterator(Other) -> erlang:error({badmap, Other}, [Other], ?INFO).

next({_, _, _} = Step) -> Step;
next([Pos | Map]) when is_integer(Pos), is_map(Map) ->
    erts_internal:map_next(Pos, Map, iterator);
next(none) -> none;
next(Other) -> erlang:error(badarg, [Other], ?INFO).

%% The first step of a map or an iterator; throws {bad_iter} when it is neither.
first(MapOrIter) when is_map(MapOrIter) -> next(iterator(MapOrIter));
first(Iter) ->
    try next(Iter)
    catch error:_ -> throw(bad_iter)
    end.

-file("maps.erl", 426).
map(Fun, MapOrIter) when is_function(Fun, 2) ->
    try first(MapOrIter) of
        Step -> maps:from_list(map_1(Fun, Step))
    catch throw:bad_iter -> erlang:error({badmap, MapOrIter}, [Fun, MapOrIter], ?INFO)
    end;
map(Fun, Map) ->
    erlang:error(badarg, [Fun, Map], ?INFO).

-file("maps.erl", 438).
map_1(Fun, {K, V, I}) -> [{K, Fun(K, V)} | map_1(Fun, next(I))];
map_1(_, none) -> [].

-file("maps.erl", 307).
filter(Pred, MapOrIter) when is_function(Pred, 2) ->
    try first(MapOrIter) of
        Step -> maps:from_list(filter_1(Pred, Step))
    catch throw:bad_iter -> erlang:error({badmap, MapOrIter}, [Pred, MapOrIter], ?INFO)
    end;
filter(Pred, Map) ->
    erlang:error(badarg, [Pred, Map], ?INFO).

-file("maps.erl", 317).
filter_1(Pred, {K, V, I}) ->
    case Pred(K, V) of
        true ->
            [{K, V} | filter_1(Pred, next(I))];
        false ->
            filter_1(Pred, next(I))
    end;
filter_1(_, none) -> [].

-file("maps.erl", 339).
filtermap(Fun, MapOrIter) when is_function(Fun, 2) ->
    try first(MapOrIter) of
        Step -> maps:from_list(filtermap_1(Fun, Step))
    catch throw:bad_iter -> erlang:error({badmap, MapOrIter}, [Fun, MapOrIter], ?INFO)
    end;
filtermap(Fun, Map) ->
    erlang:error(badarg, [Fun, Map], ?INFO).

-file("maps.erl", 349).
filtermap_1(Fun, {K, V, I}) ->
    case Fun(K, V) of
        true ->
            [{K, V} | filtermap_1(Fun, next(I))];
        {true, V2} ->
            [{K, V2} | filtermap_1(Fun, next(I))];
        false ->
            filtermap_1(Fun, next(I))
    end;
filtermap_1(_, none) -> [].

foreach(Fun, MapOrIter) when is_function(Fun, 2) ->
    try first(MapOrIter) of
        Step -> foreach_1(Fun, Step)
    catch throw:bad_iter -> erlang:error({badmap, MapOrIter}, [Fun, MapOrIter], ?INFO)
    end;
foreach(Fun, Map) ->
    erlang:error(badarg, [Fun, Map], ?INFO).

-file("maps.erl", 380).
foreach_1(Fun, {K, V, I}) -> Fun(K, V), foreach_1(Fun, next(I));
foreach_1(_, none) -> ok.

fold(Fun, Init, MapOrIter) when is_function(Fun, 3) ->
    try first(MapOrIter) of
        Step -> fold_1(Fun, Init, Step)
    catch throw:bad_iter -> erlang:error({badmap, MapOrIter}, [Fun, Init, MapOrIter], ?INFO)
    end;
fold(Fun, Init, Map) ->
    erlang:error(badarg, [Fun, Init, Map], ?INFO).

-file("maps.erl", 410).
fold_1(Fun, Acc, {K, V, I}) -> fold_1(Fun, Fun(K, V, Acc), next(I));
fold_1(_, Acc, none) -> Acc.

%% ------------------------------------------------------- combining two maps

intersect(M1, M2) when is_map(M1), is_map(M2) ->
    case map_size(M1) =< map_size(M2) of
        true -> intersect_1(fun(_, _, V2) -> V2 end, M1, M2);
        false -> intersect_1(fun(_, V1, _) -> V1 end, M2, M1)
    end;
intersect(M1, M2) ->
    erlang:error(two_maps_error(M1, M2), [M1, M2], ?INFO).

intersect_with(Comb, M1, M2) when is_map(M1), is_map(M2), is_function(Comb, 3) ->
    case map_size(M1) =< map_size(M2) of
        true -> intersect_1(Comb, M1, M2);
        false -> intersect_1(fun(K, V2, V1) -> Comb(K, V1, V2) end, M2, M1)
    end;
intersect_with(Comb, M1, M2) ->
    erlang:error(comb_error(M1, M2, Comb), [Comb, M1, M2], ?INFO).

%% Walks the smaller map, looking its keys up in the bigger one.
intersect_1(Comb, Small, Big) ->
    intersect_2(next(iterator(Small)), Big, Comb, []).

intersect_2({K, V1, I}, Big, Comb, Acc) ->
    Next = next(I),
    case Big of
        #{K := V2} -> intersect_2(Next, Big, Comb, [{K, Comb(K, V1, V2)} | Acc]);
        #{} -> intersect_2(Next, Big, Comb, Acc)
    end;
intersect_2(none, _, _, Acc) ->
    maps:from_list(Acc).

merge_with(Comb, M1, M2) when is_map(M1), is_map(M2), is_function(Comb, 3) ->
    case map_size(M1) > map_size(M2) of
        true -> merge_with_1(next(iterator(M2)), M1, Comb);
        false -> merge_with_1(next(iterator(M1)), M2, fun(K, V1, V2) -> Comb(K, V2, V1) end)
    end;
merge_with(Comb, M1, M2) ->
    erlang:error(comb_error(M1, M2, Comb), [Comb, M1, M2], ?INFO).

%% Puts the pairs of the smaller map into Acc, combining where Acc has the key.
merge_with_1({K, V, I}, Acc, Comb) ->
    case Acc of
        #{K := Old} -> merge_with_1(next(I), Acc#{K := Comb(K, Old, V)}, Comb);
        #{} -> merge_with_1(next(I), maps:put(K, V, Acc), Comb)
    end;
merge_with_1(none, Acc, _) ->
    Acc.

%% ------------------------------------------------------------------- groups

groups_from_list(Fun, List) when is_function(Fun, 1) ->
    try lists:reverse(List) of
        Rev -> groups_1(Fun, fun(X) -> X end, Rev, #{})
    catch error:_ -> erlang:error(badarg, [Fun, List], ?INFO)
    end;
groups_from_list(Fun, List) ->
    erlang:error(badarg, [Fun, List], ?INFO).

groups_from_list(Fun, ValFun, List) when is_function(Fun, 1), is_function(ValFun, 1) ->
    try lists:reverse(List) of
        Rev -> groups_1(Fun, ValFun, Rev, #{})
    catch error:_ -> erlang:error(badarg, [Fun, ValFun, List], ?INFO)
    end;
groups_from_list(Fun, ValFun, List) ->
    erlang:error(badarg, [Fun, ValFun, List], ?INFO).

%% The list comes reversed, so prepending keeps each group in list order.
groups_1(Fun, ValFun, [X | Xs], Acc) ->
    K = Fun(X),
    V = ValFun(X),
    case Acc of
        #{K := Vs} -> groups_1(Fun, ValFun, Xs, Acc#{K := [V | Vs]});
        #{} -> groups_1(Fun, ValFun, Xs, Acc#{K => [V]})
    end;
groups_1(_, _, [], Acc) ->
    Acc.

%% ------------------------------------------------------------------- errors

not_map_or_badarg(M) when is_map(M) -> badarg;
not_map_or_badarg(M) -> {badmap, M}.

two_maps_error(M1, M2) when is_map(M1) -> {badmap, M2};
two_maps_error(M1, _) -> {badmap, M1}.

comb_error(M1, M2, Comb) when is_function(Comb, 3) -> two_maps_error(M1, M2);
comb_error(_, _, _) -> badarg.

%% sets: unordered sets, erlts's own implementation. Two representations, as in OTP 25:
%%
%% version 1 (the default): OTP's linear hash table record, printed by users as
%%   {set, Size, N, MaxN, Bso, ExpSize, ConSize, Empty, Segs}
%% laid out like dict's (see dict.erl): 16-bucket segments, an element goes to bucket
%% erlang:phash(E, MaxN) (or its buddy Bso lower when that bucket is not in use yet), the
%% table grows by one bucket when Size passes 5 * N and shrinks under 3 * N. Unlike dict,
%% a new element goes at the head of its bucket, and filter/2 leaves each bucket
%% reversed; to_list/fold walk the buckets from the last, so their order follows.
%%
%% version 2 (new([{version, 2}]), from_list(L, [{version, 2}])): a map with each element
%% as a key and [] as the value. Functions given two sets of this kind answer with one.
%% Otherwise the operations work on any mix through fold/add_element/is_element, and the
%% result has the representation of the set the code folds into, as in OTP.
%%
%% Elements are matched exactly (=:=): 1 and 1.0 are different elements. A value that is
%% not a set is a function_clause error (union/intersection and friends fail inside).
-module(sets).

-export([new/0, new/1, is_set/1, size/1, is_empty/1, to_list/1, from_list/1, from_list/2]).
-export([is_element/2, add_element/2, del_element/2]).
-export([union/2, union/1, intersection/2, intersection/1, is_disjoint/2]).
-export([subtract/2, is_subset/2, fold/3, filter/2]).

-compile([{nowarn_deprecated_function, [{erlang, phash, 2}]}]).
-compile({no_auto_import, [size/1]}).

-define(SEG, 16).
-define(GROW_AT, 5).
-define(SHRINK_AT, 3).

-record(set, {size = 0, n = ?SEG, maxn = ?SEG, bso = ?SEG div 2,
              exp_size = ?SEG * ?GROW_AT, con_size = ?SEG * ?SHRINK_AT,
              empty, segs}).

%% ---- Construction ---------------------------------------------------------

new() ->
    Empty = erlang:make_tuple(?SEG, []),
    #set{empty = Empty, segs = {Empty}}.

new([{version, 2}]) -> #{};
new(Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> new();
        2 -> #{}
    end.

from_list(L) -> lists:foldl(fun add_element/2, new(), L).

from_list(L, [{version, 2}]) -> maps:from_keys(L, []);
from_list(L, Opts) ->
    case proplists:get_value(version, Opts, 1) of
        1 -> from_list(L);
        2 -> maps:from_keys(L, [])
    end.

%% ---- Queries --------------------------------------------------------------

is_set(#{}) -> true;
is_set(#set{}) -> true;
is_set(_) -> false.

size(#{} = S) -> map_size(S);
size(#set{size = N}) -> N.

is_empty(#{} = S) -> map_size(S) =:= 0;
is_empty(#set{size = N}) -> N =:= 0.

to_list(#{} = S) -> maps:keys(S);
to_list(#set{} = S) -> fold(fun (E, Acc) -> [E | Acc] end, [], S).

is_element(E, #{} = S) -> is_map_key(E, S);
is_element(E, #set{} = S) -> lists:member(E, get_bucket(S#set.segs, get_slot(S, E))).

%% ---- Adding and removing --------------------------------------------------

add_element(E, #{} = S) -> S#{E => []};
add_element(E, #set{segs = Segs} = S) ->
    Slot = get_slot(S, E),
    Bkt = get_bucket(Segs, Slot),
    case lists:member(E, Bkt) of
        true -> S;
        false -> grow(S#set{segs = put_bucket(Segs, Slot, [E | Bkt])})
    end.

del_element(E, #{} = S) -> maps:remove(E, S);
del_element(E, #set{segs = Segs} = S) ->
    Slot = get_slot(S, E),
    Bkt = get_bucket(Segs, Slot),
    case lists:member(E, Bkt) of
        true -> shrink(S#set{segs = put_bucket(Segs, Slot, lists:delete(E, Bkt))}, 1);
        false -> S
    end.

%% ---- Set algebra ----------------------------------------------------------

%% The smaller set is added into the bigger one (the second into the first on a tie).
union(#{} = S1, #{} = S2) -> maps:merge(S1, S2);
union(S1, S2) ->
    case size(S1) < size(S2) of
        true -> fold(fun add_element/2, S2, S1);
        false -> fold(fun add_element/2, S1, S2)
    end.

union([S1, S2 | Ss]) -> union_all(union(S1, S2), Ss);
union([S]) -> S;
union([]) -> new().

union_all(S, [S1 | Ss]) -> union_all(union(S, S1), Ss);
union_all(S, []) -> S.

%% The smaller set is filtered (the second on a tie), which decides the representation.
intersection(#{} = S1, #{} = S2) ->
    case map_size(S1) < map_size(S2) of
        true -> maps:filter(fun (E, _) -> is_map_key(E, S2) end, S1);
        false -> maps:filter(fun (E, _) -> is_map_key(E, S1) end, S2)
    end;
intersection(S1, S2) ->
    case size(S1) < size(S2) of
        true -> filter(fun (E) -> is_element(E, S2) end, S1);
        false -> filter(fun (E) -> is_element(E, S1) end, S2)
    end.

intersection([S1, S2 | Ss]) -> intersection_all(intersection(S1, S2), Ss);
intersection([S]) -> S.

intersection_all(S, [S1 | Ss]) -> intersection_all(intersection(S, S1), Ss);
intersection_all(S, []) -> S.

is_disjoint(#{} = S1, #{} = S2) ->
    {Small, Big} = if map_size(S1) < map_size(S2) -> {S1, S2}; true -> {S2, S1} end,
    none_in(maps:next(maps:iterator(Small)), Big);
is_disjoint(S1, S2) ->
    {Small, Big} = case size(S1) < size(S2) of true -> {S1, S2}; false -> {S2, S1} end,
    fold(fun (_, false) -> false;
             (E, true) -> not is_element(E, Big)
         end, true, Small).

none_in({K, _, I}, Big) -> not is_map_key(K, Big) andalso none_in(maps:next(I), Big);
none_in(none, _) -> true.

subtract(#{} = S1, #{} = S2) -> maps:filter(fun (E, _) -> not is_map_key(E, S2) end, S1);
subtract(S1, S2) -> filter(fun (E) -> not is_element(E, S2) end, S1).

is_subset(#{} = S1, #{} = S2) ->
    map_size(S1) =< map_size(S2) andalso all_in(maps:next(maps:iterator(S1)), S2);
is_subset(S1, S2) ->
    fold(fun (E, Sub) -> Sub andalso is_element(E, S2) end, true, S1).

all_in({K, _, I}, Big) -> is_map_key(K, Big) andalso all_in(maps:next(I), Big);
all_in(none, _) -> true.

%% ---- Fold and filter ------------------------------------------------------

fold(F, Acc, #{} = S) when is_function(F, 2) -> fold_map(F, Acc, maps:next(maps:iterator(S)));
fold(F, Acc, #set{segs = Segs}) when is_function(F, 2) -> fold_segs(F, Acc, Segs, tuple_size(Segs)).

fold_map(F, Acc, {K, _, I}) -> fold_map(F, F(K, Acc), maps:next(I));
fold_map(_, Acc, none) -> Acc.

fold_segs(F, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segs(F, fold_seg(F, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segs(_, Acc, _, _) -> Acc.

fold_seg(F, Acc, Seg, I) when I >= 1 ->
    fold_seg(F, lists:foldl(F, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(_, Acc, _, _) -> Acc.

filter(F, #{} = S) when is_function(F, 1) ->
    maps:from_keys(keep_keys(F, maps:next(maps:iterator(S))), []);
filter(F, #set{segs = Segs} = S) when is_function(F, 1) ->
    {Segs1, Dropped} = filter_segs(F, tuple_to_list(Segs), [], 0),
    shrink(S#set{segs = list_to_tuple(Segs1)}, Dropped).

keep_keys(F, {K, _, I}) ->
    case F(K) of
        true -> [K | keep_keys(F, maps:next(I))];
        false -> keep_keys(F, maps:next(I))
    end;
keep_keys(_, none) -> [].

filter_segs(F, [Seg | Segs], Acc, Dropped) ->
    {Bkts, Dropped1} = filter_bkts(F, tuple_to_list(Seg), [], Dropped),
    filter_segs(F, Segs, [list_to_tuple(Bkts) | Acc], Dropped1);
filter_segs(_, [], Acc, Dropped) -> {lists:reverse(Acc), Dropped}.

filter_bkts(F, [Bkt | Bkts], Acc, Dropped) ->
    {Bkt1, Dropped1} = filter_bucket(F, Bkt, [], Dropped),
    filter_bkts(F, Bkts, [Bkt1 | Acc], Dropped1);
filter_bkts(_, [], Acc, Dropped) -> {lists:reverse(Acc), Dropped}.

%% The kept elements come out reversed, as OTP leaves them.
filter_bucket(F, [E | Rest], Acc, Dropped) ->
    case F(E) of
        true -> filter_bucket(F, Rest, [E | Acc], Dropped);
        false -> filter_bucket(F, Rest, Acc, Dropped + 1)
    end;
filter_bucket(_, [], Acc, Dropped) -> {Acc, Dropped}.

%% ---- The hash table (see dict.erl) ----------------------------------------

get_slot(S, E) ->
    H = erlang:phash(E, S#set.maxn),
    if
        H > S#set.n -> H - S#set.bso;
        true -> H
    end.

get_bucket(Segs, Slot) ->
    I = Slot - 1,
    element(I rem ?SEG + 1, element(I div ?SEG + 1, Segs)).

put_bucket(Segs, Slot, Bkt) ->
    I = Slot - 1,
    SegI = I div ?SEG + 1,
    setelement(SegI, Segs, setelement(I rem ?SEG + 1, element(SegI, Segs), Bkt)).

%% One element was added: split one more bucket first if the size goes over the limit.
grow(S) when S#set.size + 1 > S#set.exp_size ->
    #set{n = N0, segs = Segs0, maxn = MaxN, bso = Bso} = S1 = more_segs(S),
    N = N0 + 1,
    Low = N - Bso,
    {Stay, Move} = split_bucket(get_bucket(Segs0, Low), Low, MaxN),
    Segs = put_bucket(put_bucket(Segs0, Low, Stay), N, Move),
    S1#set{size = S#set.size + 1, n = N,
           exp_size = N * ?GROW_AT, con_size = N * ?SHRINK_AT, segs = Segs};
grow(S) -> S#set{size = S#set.size + 1}.

more_segs(#set{n = N, maxn = N, bso = Bso, segs = Segs, empty = E} = S) ->
    Extra = lists:duplicate(tuple_size(Segs), E),
    S#set{maxn = 2 * N, bso = 2 * Bso, segs = list_to_tuple(tuple_to_list(Segs) ++ Extra)};
more_segs(S) -> S.

split_bucket([E | Rest], Low, MaxN) ->
    {Stay, Move} = split_bucket(Rest, Low, MaxN),
    case erlang:phash(E, MaxN) of
        Low -> {[E | Stay], Move};
        _ -> {Stay, [E | Move]}
    end;
split_bucket([], _, _) -> {[], []}.

shrink(S, Removed) when S#set.size - Removed < S#set.con_size, S#set.n > ?SEG ->
    #set{n = N, bso = Bso, segs = Segs0} = S,
    Low = N - Bso,
    Merged = get_bucket(Segs0, Low) ++ get_bucket(Segs0, N),
    Segs = put_bucket(put_bucket(Segs0, Low, Merged), N, []),
    N1 = N - 1,
    fewer_segs(S#set{size = S#set.size - Removed, n = N1,
                     exp_size = N1 * ?GROW_AT, con_size = N1 * ?SHRINK_AT, segs = Segs});
shrink(S, Removed) -> S#set{size = S#set.size - Removed}.

fewer_segs(#set{n = N, bso = N, maxn = MaxN, segs = Segs} = S) ->
    Half = tuple_size(Segs) div 2,
    S#set{maxn = MaxN div 2, bso = N div 2,
          segs = list_to_tuple(lists:sublist(tuple_to_list(Segs), Half))};
fewer_segs(S) -> S.

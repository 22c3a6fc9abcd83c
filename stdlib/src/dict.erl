%% dict: key-value dictionaries as linear hash tables, erlts's own implementation.
%%
%% The representation is OTP's record, visible whenever a dict is printed:
%%   {dict, Size, N, MaxN, Bso, ExpSize, ConSize, Empty, Segs}
%% Segs is a tuple of segments, each a tuple of 16 buckets; a bucket is a list of [Key|Val]
%% cells (improper pairs). N buckets are in use out of MaxN = 16 * tuple_size(Segs); a key
%% goes to bucket erlang:phash(Key, MaxN), or, when that bucket is not in use yet, to its
%% buddy Bso (MaxN / 2) lower. When Size passes 5 * N the table grows by one bucket (the
%% buddy of the new bucket is split between the two; the segment tuple doubles when
%% all MaxN are in use); when it falls under 3 * N (and N > 16) the last bucket is merged
%% back into its buddy. Buckets keep their order: a new key goes at the end of its
%% bucket. to_list/fold/fetch_keys walk the buckets from the last to the first, so their
%% order follows this layout exactly as in OTP.
%%
%% Errors as in OTP: fetch/2 and update/3 of a missing key raise badarg (with the
%% function's own arguments); a value that is not a dict fails on the record access
%% ({badrecord, Value}) or with function_clause, as the corresponding OTP function does.
%% The helpers where such errors surface carry OTP's names (get_slot/2, fold_dict/3,
%% update_bkt/4), so the top of the stack trace reads the same.
-module(dict).

-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1]).
-export([fetch/2, find/2, fetch_keys/1, erase/2, take/2]).
-export([store/3, append/3, append_list/3, update/3, update/4, update_counter/3]).
-export([fold/3, map/2, filter/2, merge/3]).

-compile([{nowarn_deprecated_function, [{erlang, phash, 2}]}]).

-define(SEG, 16).         % buckets per segment, and the smallest number of buckets
-define(GROW_AT, 5).      % grow when Size > GROW_AT * N
-define(SHRINK_AT, 3).    % shrink when Size < SHRINK_AT * N

-record(dict, {size = 0, n = ?SEG, maxn = ?SEG, bso = ?SEG div 2,
               exp_size = ?SEG * ?GROW_AT, con_size = ?SEG * ?SHRINK_AT,
               empty, segs}).

%% ---- Construction and queries ---------------------------------------------

new() ->
    Empty = erlang:make_tuple(?SEG, []),
    #dict{empty = Empty, segs = {Empty}}.

from_list(Pairs) ->
    lists:foldl(fun ({K, V}, D) -> store(K, V, D) end, new(), Pairs).

size(#dict{size = N}) when is_integer(N), N >= 0 -> N.

is_empty(#dict{size = N}) -> N =:= 0.

is_key(Key, D) -> find_in(Key, bucket(D, Key)) =/= error.

find(Key, D) -> find_in(Key, bucket(D, Key)).

find_in(K, [[K | V] | _]) -> {ok, V};
find_in(K, [_ | Rest]) -> find_in(K, Rest);
find_in(_, []) -> error.

fetch(Key, D) ->
    case find_in(Key, bucket(D, Key)) of
        {ok, V} -> V;
        error -> erlang:error(badarg, [Key, D])
    end.

to_list(D) -> fold(fun (K, V, Acc) -> [{K, V} | Acc] end, [], D).

fetch_keys(D) -> fold(fun (K, _, Acc) -> [K | Acc] end, [], D).

%% ---- Changes --------------------------------------------------------------

store(Key, Val, D) ->
    change(Key, D, fun (Bkt) -> put_val(Key, Val, Bkt) end).

put_val(K, V, [[K | _] | Rest]) -> {[[K | V] | Rest], 0};
put_val(K, V, [Cell | Rest]) ->
    {Rest1, Added} = put_val(K, V, Rest),
    {[Cell | Rest1], Added};
put_val(K, V, []) -> {[[K | V]], 1}.

append(Key, Val, D) -> append_list(Key, [Val], D).

append_list(Key, L, D) ->
    change(Key, D, fun (Bkt) -> add_to_bag(Key, L, Bkt) end).

add_to_bag(K, L, [[K | Bag] | Rest]) -> {[[K | Bag ++ L] | Rest], 0};
add_to_bag(K, L, [Cell | Rest]) ->
    {Rest1, Added} = add_to_bag(K, L, Rest),
    {[Cell | Rest1], Added};
add_to_bag(K, L, []) -> {[[K | L]], 1}.

%% A missing key raises badarg with update/3's arguments: the bucket walk throws
%% badarg and this catches it. As in OTP, F throwing badarg itself ends the same way.
update(Key, F, D) ->
    Slot = get_slot(D, Key),
    Segs = D#dict.segs,
    try apply_fun(Key, F, get_bucket(Segs, Slot)) of
        Bkt -> D#dict{segs = put_bucket(Segs, Slot, Bkt)}
    catch
        throw:badarg -> erlang:error(badarg, [Key, F, D])
    end.

apply_fun(K, F, [[K | V] | Rest]) -> [[K | F(V)] | Rest];
apply_fun(K, F, [Cell | Rest]) -> [Cell | apply_fun(K, F, Rest)];
apply_fun(_, _, []) -> throw(badarg).

update(Key, F, Init, D) ->
    change(Key, D, fun (Bkt) -> update_bkt(Key, F, Init, Bkt) end).

update_bkt(K, F, _, [[K | V] | Rest]) -> {[[K | F(V)] | Rest], 0};
update_bkt(K, F, I, [Cell | Rest]) ->
    {Rest1, Added} = update_bkt(K, F, I, Rest),
    {[Cell | Rest1], Added};
update_bkt(K, F, I, []) when is_function(F, 1) -> {[[K | I]], 1}.

update_counter(Key, Incr, D) when is_number(Incr) ->
    change(Key, D, fun (Bkt) -> add_count(Key, Incr, Bkt) end).

add_count(K, I, [[K | V] | Rest]) -> {[[K | V + I] | Rest], 0};
add_count(K, I, [Cell | Rest]) ->
    {Rest1, Added} = add_count(K, I, Rest),
    {[Cell | Rest1], Added};
add_count(K, I, []) -> {[[K | I]], 1}.

erase(Key, D) ->
    Slot = get_slot(D, Key),
    Segs = D#dict.segs,
    case remove_key(Key, get_bucket(Segs, Slot)) of
        {Bkt, Removed} -> shrink(D#dict{segs = put_bucket(Segs, Slot, Bkt)}, Removed)
    end.

take(Key, D) ->
    Slot = get_slot(D, Key),
    Segs = D#dict.segs,
    Bkt = get_bucket(Segs, Slot),
    case find_in(Key, Bkt) of
        {ok, V} ->
            {Bkt1, 1} = remove_key(Key, Bkt),
            {V, shrink(D#dict{segs = put_bucket(Segs, Slot, Bkt1)}, 1)};
        error -> error
    end.

remove_key(K, [[K | _] | Rest]) -> {Rest, 1};
remove_key(K, [Cell | Rest]) ->
    {Rest1, Removed} = remove_key(K, Rest),
    {[Cell | Rest1], Removed};
remove_key(_, []) -> {[], 0}.

%% Runs Op on Key's bucket; Op returns the new bucket and 1 if it added a key, else 0.
change(Key, D, Op) ->
    Slot = get_slot(D, Key),
    Segs = D#dict.segs,
    {Bkt, Added} = Op(get_bucket(Segs, Slot)),
    grow(D#dict{segs = put_bucket(Segs, Slot, Bkt)}, Added).

%% ---- Whole-table operations -----------------------------------------------

fold(F, Acc, D) -> fold_dict(F, Acc, D).

fold_dict(F, Acc, #dict{size = 0}) when is_function(F, 3) -> Acc;
fold_dict(F, Acc, D) ->
    Segs = D#dict.segs,
    fold_segs(F, Acc, Segs, tuple_size(Segs)).

fold_segs(F, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segs(F, fold_seg(F, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segs(F, Acc, _, 0) when is_function(F, 3) -> Acc.

fold_seg(F, Acc, Seg, I) when I >= 1 ->
    fold_seg(F, fold_bucket(F, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(F, Acc, _, 0) when is_function(F, 3) -> Acc.

fold_bucket(F, Acc, [[K | V] | Rest]) -> fold_bucket(F, F(K, V, Acc), Rest);
fold_bucket(F, Acc, []) when is_function(F, 3) -> Acc.

%% The callbacks run bucket by bucket from the first segment's first bucket on.
map(F, #dict{size = 0} = D) when is_function(F, 2) -> D;
map(F, D) ->
    Segs = [list_to_tuple([map_bucket(F, B) || B <- tuple_to_list(Seg)])
            || Seg <- tuple_to_list(D#dict.segs)],
    D#dict{segs = list_to_tuple(Segs)}.

map_bucket(F, [[K | V] | Rest]) ->
    V1 = F(K, V),
    [[K | V1] | map_bucket(F, Rest)];
map_bucket(F, []) when is_function(F, 2) -> [].

filter(F, #dict{size = 0} = D) when is_function(F, 2) -> D;
filter(F, D) ->
    {Segs, Dropped} = filter_segs(F, tuple_to_list(D#dict.segs), [], 0),
    shrink(D#dict{segs = list_to_tuple(Segs)}, Dropped).

filter_segs(F, [Seg | Segs], Acc, Dropped) ->
    {Bkts, Dropped1} = filter_bkts(F, tuple_to_list(Seg), [], Dropped),
    filter_segs(F, Segs, [list_to_tuple(Bkts) | Acc], Dropped1);
filter_segs(F, [], Acc, Dropped) when is_function(F, 2) -> {lists:reverse(Acc), Dropped}.

filter_bkts(F, [Bkt | Bkts], Acc, Dropped) ->
    {Bkt1, Dropped1} = filter_bucket(F, Bkt, [], Dropped),
    filter_bkts(F, Bkts, [Bkt1 | Acc], Dropped1);
filter_bkts(F, [], Acc, Dropped) when is_function(F, 2) -> {lists:reverse(Acc), Dropped}.

filter_bucket(F, [[K | V] = Cell | Rest], Acc, Dropped) ->
    case F(K, V) of
        true -> filter_bucket(F, Rest, [Cell | Acc], Dropped);
        false -> filter_bucket(F, Rest, Acc, Dropped + 1)
    end;
filter_bucket(F, [], Acc, Dropped) when is_function(F, 2) -> {lists:reverse(Acc), Dropped}.

%% The smaller dict is folded into the bigger one (into D1 on a tie); F always gets the
%% value from D1 first.
merge(F, D1, D2) when D1#dict.size < D2#dict.size ->
    fold(fun (K, V1, D) -> update(K, fun (V2) -> F(K, V1, V2) end, V1, D) end, D2, D1);
merge(F, D1, D2) ->
    fold(fun (K, V2, D) -> update(K, fun (V1) -> F(K, V1, V2) end, V2, D) end, D1, D2).

%% ---- The hash table -------------------------------------------------------

get_slot(D, Key) ->
    H = erlang:phash(Key, D#dict.maxn),
    if
        H > D#dict.n -> H - D#dict.bso;
        true -> H
    end.

bucket(D, Key) ->
    Slot = get_slot(D, Key),
    get_bucket(D#dict.segs, Slot).

get_bucket(Segs, Slot) ->
    I = Slot - 1,
    element(I rem ?SEG + 1, element(I div ?SEG + 1, Segs)).

put_bucket(Segs, Slot, Bkt) ->
    I = Slot - 1,
    SegI = I div ?SEG + 1,
    setelement(SegI, Segs, setelement(I rem ?SEG + 1, element(SegI, Segs), Bkt)).

%% Adds Added (0 or 1) to the size, first splitting one more bucket if that takes the
%% size over the limit.
grow(D, Added) when D#dict.size + Added > D#dict.exp_size ->
    #dict{n = N0, segs = Segs0, maxn = MaxN, bso = Bso} = D1 = more_segs(D),
    N = N0 + 1,
    Low = N - Bso,
    {Stay, Move} = split_bucket(get_bucket(Segs0, Low), Low, MaxN),
    Segs = put_bucket(put_bucket(Segs0, Low, Stay), N, Move),
    D1#dict{size = D#dict.size + Added, n = N,
            exp_size = N * ?GROW_AT, con_size = N * ?SHRINK_AT, segs = Segs};
grow(D, Added) -> D#dict{size = D#dict.size + Added}.

%% When every bucket is in use, the segment tuple doubles (new segments are `empty`).
more_segs(#dict{n = N, maxn = N, bso = Bso, segs = Segs, empty = E} = D) ->
    Extra = lists:duplicate(tuple_size(Segs), E),
    D#dict{maxn = 2 * N, bso = 2 * Bso, segs = list_to_tuple(tuple_to_list(Segs) ++ Extra)};
more_segs(D) -> D.

%% Splits a bucket between slot Low and its new buddy, keeping the order in both.
split_bucket([[K | _] = Cell | Rest], Low, MaxN) ->
    {Stay, Move} = split_bucket(Rest, Low, MaxN),
    case erlang:phash(K, MaxN) of
        Low -> {[Cell | Stay], Move};
        _ -> {Stay, [Cell | Move]}
    end;
split_bucket([], _, _) -> {[], []}.

%% Takes Removed off the size, first merging the last bucket into its buddy if the size
%% falls under the limit; the segment tuple halves when only half the slots are in use.
shrink(D, Removed) when D#dict.size - Removed < D#dict.con_size, D#dict.n > ?SEG ->
    #dict{n = N, bso = Bso, segs = Segs0} = D,
    Low = N - Bso,
    Merged = get_bucket(Segs0, Low) ++ get_bucket(Segs0, N),
    Segs = put_bucket(put_bucket(Segs0, Low, Merged), N, []),
    N1 = N - 1,
    fewer_segs(D#dict{size = D#dict.size - Removed, n = N1,
                      exp_size = N1 * ?GROW_AT, con_size = N1 * ?SHRINK_AT, segs = Segs});
shrink(D, Removed) -> D#dict{size = D#dict.size - Removed}.

fewer_segs(#dict{n = N, bso = N, maxn = MaxN, segs = Segs} = D) ->
    Half = tuple_size(Segs) div 2,
    D#dict{maxn = MaxN div 2, bso = N div 2,
           segs = list_to_tuple(lists:sublist(tuple_to_list(Segs), Half))};
fewer_segs(D) -> D.

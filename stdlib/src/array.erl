%% array: functional, extendible arrays, erlts's own implementation.
%%
%% The representation is OTP's record, visible whenever an array is printed:
%%   {array, Size, Max, Default, Elements}
%% Size is the number of entries, Max the capacity of the current tree before it must grow
%% (0 for a fixed-size array), Default the value of entries never set. Elements is a tree
%% of radix 10:
%%   - a leaf: a 10-tuple of values;
%%   - a node: an 11-tuple of 10 subtrees followed by the span S of one subtree (the number
%%     of entries it covers: 10 for leaves, 100 above them, ...);
%%   - an integer S: a subtree of span S that was never written (all entries default).
%% Trees grow at the top (the old tree becomes the first child of a new node) and expand
%% lazily: writing into an integer subtree creates the nodes down to one leaf. Shrinking
%% (resize/2 to a smaller size) keeps the tree, so old values reappear if the array grows
%% again, as in OTP.
%%
%% Every function builds the trees OTP builds (from_list/from_orddict give the same tree
%% shapes, holes in an orddict become integer subtrees on the same rule, map/2 expands
%% every subtree below the size and resets a leaf's entries past the size to the default,
%% sparse_map/2 leaves integer subtrees alone), since users print and compare arrays.
%%
%% Errors as in OTP: badarg for a bad index (negative, not an integer, or past the end
%% of a fixed array), a bad option or a non-array; from_orddict/1,2 raises
%% {badarg, Rest} at the first pair out of order; fix/relax/is_fix of a non-array are
%% function_clause errors.
-module(array).

-export([new/0, new/1, new/2, is_array/1, set/3, get/2, size/1, sparse_size/1,
         default/1, reset/2, to_list/1, sparse_to_list/1, from_list/1, from_list/2,
         to_orddict/1, sparse_to_orddict/1, from_orddict/1, from_orddict/2, map/2,
         sparse_map/2, foldl/3, foldr/3, sparse_foldl/3, sparse_foldr/3, fix/1,
         relax/1, is_fix/1, resize/1, resize/2]).

-define(LEAF, 10).   % entries per leaf and subtrees per node

-record(array, {size, max, default, elements}).

%% ---- Creation -------------------------------------------------------------

new() -> new([]).

new(Opts) -> new_1(Opts, 0, false).

new(Size, Opts) when is_integer(Size), Size >= 0 -> new_1(Opts, Size, true);
new(_, _) -> erlang:error(badarg).

new_1(Opts, Size, Fixed) when is_list(Opts) -> new_1(Opts, Size, Fixed, undefined);
new_1(Opt, Size, Fixed) -> new_1([Opt], Size, Fixed, undefined).

new_1([fixed | Opts], Size, _, D) -> new_1(Opts, Size, true, D);
new_1([{fixed, F} | Opts], Size, _, D) when is_boolean(F) -> new_1(Opts, Size, F, D);
new_1([{default, D} | Opts], Size, Fixed, _) -> new_1(Opts, Size, Fixed, D);
new_1([{size, N} | Opts], _, _, D) when is_integer(N), N >= 0 -> new_1(Opts, N, true, D);
new_1([N | Opts], _, _, D) when is_integer(N), N >= 0 -> new_1(Opts, N, true, D);
new_1([], Size, Fixed, D) -> make(Size, Fixed, D);
new_1(_, _, _, _) -> erlang:error(badarg).

%% An empty tree of the smallest span (a power of 10, at least 10) that holds Size entries.
make(Size, Fixed, D) ->
    Span = span_for(Size - 1, ?LEAF),
    Max = case Fixed of true -> 0; false -> Span end,
    #array{size = Size, max = Max, default = D, elements = Span}.

%% The smallest span, starting from Span and multiplying by 10, that has index I.
span_for(I, Span) when I >= Span -> span_for(I, Span * ?LEAF);
span_for(_, Span) -> Span.

%% ---- Properties -----------------------------------------------------------

is_array(#array{size = N, max = M}) when is_integer(N), is_integer(M) -> true;
is_array(_) -> false.

size(#array{size = N}) -> N;
size(_) -> erlang:error(badarg).

default(#array{default = D}) -> D;
default(_) -> erlang:error(badarg).

fix(#array{} = A) -> A#array{max = 0}.

is_fix(#array{max = 0}) -> true;
is_fix(#array{}) -> false.

relax(#array{size = N} = A) -> A#array{max = span_for(N - 1, ?LEAF)}.

%% Growing adds levels at the top (a fixed array grows its tree but stays fixed);
%% shrinking only changes the size.
resize(Size, #array{size = N, max = M, elements = E} = A) when is_integer(Size), Size >= 0 ->
    if
        Size > N ->
            Cap = if M > 0 -> M; true -> span_for(N - 1, ?LEAF) end,
            {E1, M1} = grow(Size - 1, E, Cap),
            A#array{size = Size, max = if M > 0 -> M1; true -> M end, elements = E1};
        Size < N -> A#array{size = Size};
        true -> A
    end;
resize(_, _) -> erlang:error(badarg).

resize(A) -> resize(sparse_size(A), A).

%% Raises the tree until index I fits; returns the tree and its new capacity.
grow(I, E, _) when is_integer(E) ->
    Span = span_for(I, E),
    {Span, Span};
grow(I, E, Cap) when I >= Cap ->
    grow(I, setelement(1, erlang:make_tuple(?LEAF + 1, Cap), E), Cap * ?LEAF);
grow(_, E, Cap) -> {E, Cap}.

%% ---- Access ---------------------------------------------------------------

set(I, V, #array{size = N, max = M, default = D, elements = E} = A) when is_integer(I), I >= 0 ->
    if
        I < N -> A#array{elements = put(I, E, V, D)};
        I < M -> A#array{size = I + 1, elements = put(I, E, V, D)};
        M > 0 ->
            {E1, M1} = grow(I, E, M),
            A#array{size = I + 1, max = M1, elements = put(I, E1, V, D)};
        true -> erlang:error(badarg)
    end;
set(_, _, _) -> erlang:error(badarg).

put(I, {_, _, _, _, _, _, _, _, _, _, S} = Node, V, D) ->
    K = I div S + 1,
    setelement(K, Node, put(I rem S, element(K, Node), V, D));
put(I, S, V, D) when is_integer(S) -> expand(I, S, V, D);
put(I, Leaf, V, _) -> setelement(I + 1, Leaf, V).

%% Materialises the path to index I inside an unwritten subtree of span S.
expand(I, S, V, D) when S > ?LEAF ->
    S1 = S div ?LEAF,
    setelement(I div S1 + 1, erlang:make_tuple(?LEAF + 1, S1), expand(I rem S1, S1, V, D));
expand(I, _, V, D) -> setelement(I + 1, erlang:make_tuple(?LEAF, D), V).

%% Past the size: the default for a growable array, badarg for a fixed one.
get(I, #array{size = N, max = M, elements = E, default = D}) when is_integer(I), I >= 0 ->
    if
        I < N -> lookup(I, E, D);
        M > 0 -> D;
        true -> erlang:error(badarg)
    end;
get(_, _) -> erlang:error(badarg).

lookup(I, {_, _, _, _, _, _, _, _, _, _, S} = Node, D) -> lookup(I rem S, element(I div S + 1, Node), D);
lookup(_, S, D) when is_integer(S) -> D;
lookup(I, Leaf, _) -> element(I + 1, Leaf).

%% Resetting an entry that already holds the default (or was never written) returns the
%% array unchanged.
reset(I, #array{size = N, max = M, default = D, elements = E} = A) when is_integer(I), I >= 0 ->
    if
        I < N ->
            case clear(I, E, D) of
                unchanged -> A;
                E1 -> A#array{elements = E1}
            end;
        M > 0 -> A;
        true -> erlang:error(badarg)
    end;
reset(_, _) -> erlang:error(badarg).

clear(I, {_, _, _, _, _, _, _, _, _, _, S} = Node, D) ->
    K = I div S + 1,
    case clear(I rem S, element(K, Node), D) of
        unchanged -> unchanged;
        Sub -> setelement(K, Node, Sub)
    end;
clear(_, S, _) when is_integer(S) -> unchanged;
clear(I, Leaf, D) ->
    case element(I + 1, Leaf) of
        D -> unchanged;
        _ -> setelement(I + 1, Leaf, D)
    end.

%% ---- Folds ----------------------------------------------------------------

%% The walks below visit the entries Base..Base+Last of a subtree (Last relative to the
%% subtree), calling F(Index, Value, Acc). The sparse ones skip unwritten subtrees and
%% entries equal (=:=) to the default.

foldl(F, Acc, #array{size = N, elements = E, default = D}) when is_function(F, 3) ->
    if N > 0 -> walk_up(F, Acc, E, D, 0, N - 1, false); true -> Acc end;
foldl(_, _, _) -> erlang:error(badarg).

sparse_foldl(F, Acc, #array{size = N, elements = E, default = D}) when is_function(F, 3) ->
    if N > 0 -> walk_up(F, Acc, E, D, 0, N - 1, true); true -> Acc end;
sparse_foldl(_, _, _) -> erlang:error(badarg).

foldr(F, Acc, #array{size = N, elements = E, default = D}) when is_function(F, 3) ->
    if N > 0 -> walk_down(F, Acc, E, D, 0, N - 1, false); true -> Acc end;
foldr(_, _, _) -> erlang:error(badarg).

sparse_foldr(F, Acc, #array{size = N, elements = E, default = D}) when is_function(F, 3) ->
    if N > 0 -> walk_down(F, Acc, E, D, 0, N - 1, true); true -> Acc end;
sparse_foldr(_, _, _) -> erlang:error(badarg).

walk_up(F, Acc, {_, _, _, _, _, _, _, _, _, _, S} = Node, D, Base, Last, Sparse) ->
    walk_children_up(F, Acc, Node, D, Base, Last, Sparse, S, 1, Last div S + 1);
walk_up(_, Acc, S, _, _, _, true) when is_integer(S) -> Acc;
walk_up(F, Acc, S, D, Base, Last, false) when is_integer(S) -> repeat_up(F, Acc, D, Base, Base + Last);
walk_up(F, Acc, Leaf, D, Base, Last, Sparse) -> leaf_up(F, Acc, Leaf, D, Base, 1, Last + 1, Sparse).

walk_children_up(F, Acc, Node, D, Base, Last, Sparse, S, K, K) ->
    walk_up(F, Acc, element(K, Node), D, Base, Last rem S, Sparse);
walk_children_up(F, Acc, Node, D, Base, Last, Sparse, S, K, LastK) ->
    Acc1 = walk_up(F, Acc, element(K, Node), D, Base, S - 1, Sparse),
    walk_children_up(F, Acc1, Node, D, Base + S, Last, Sparse, S, K + 1, LastK).

repeat_up(F, Acc, D, I, Top) when I =< Top -> repeat_up(F, F(I, D, Acc), D, I + 1, Top);
repeat_up(_, Acc, _, _, _) -> Acc.

leaf_up(F, Acc, Leaf, D, Ix, K, N, Sparse) when K =< N ->
    Acc1 = case element(K, Leaf) of
               D when Sparse -> Acc;
               V -> F(Ix, V, Acc)
           end,
    leaf_up(F, Acc1, Leaf, D, Ix + 1, K + 1, N, Sparse);
leaf_up(_, Acc, _, _, _, _, _, _) -> Acc.

walk_down(F, Acc, {_, _, _, _, _, _, _, _, _, _, S} = Node, D, Base, Last, Sparse) ->
    LastK = Last div S + 1,
    Acc1 = walk_down(F, Acc, element(LastK, Node), D, Base + (LastK - 1) * S, Last rem S, Sparse),
    walk_children_down(F, Acc1, Node, D, Base, Sparse, S, LastK - 1);
walk_down(_, Acc, S, _, _, _, true) when is_integer(S) -> Acc;
walk_down(F, Acc, S, D, Base, Last, false) when is_integer(S) -> repeat_down(F, Acc, D, Base + Last, Base);
walk_down(F, Acc, Leaf, D, Base, Last, Sparse) -> leaf_down(F, Acc, Leaf, D, Base, Last + 1, Sparse).

walk_children_down(_, Acc, _, _, _, _, _, 0) -> Acc;
walk_children_down(F, Acc, Node, D, Base, Sparse, S, K) ->
    Acc1 = walk_down(F, Acc, element(K, Node), D, Base + (K - 1) * S, S - 1, Sparse),
    walk_children_down(F, Acc1, Node, D, Base, Sparse, S, K - 1).

repeat_down(F, Acc, D, I, Bottom) when I >= Bottom -> repeat_down(F, F(I, D, Acc), D, I - 1, Bottom);
repeat_down(_, Acc, _, _, _) -> Acc.

%% Entry K of the leaf has index Base + K - 1.
leaf_down(_, Acc, _, _, _, 0, _) -> Acc;
leaf_down(F, Acc, Leaf, D, Base, K, Sparse) ->
    Acc1 = case element(K, Leaf) of
               D when Sparse -> Acc;
               V -> F(Base + K - 1, V, Acc)
           end,
    leaf_down(F, Acc1, Leaf, D, Base, K - 1, Sparse).

%% The number of entries up to the last one that is not the default.
sparse_size(A) ->
    try sparse_foldr(fun (I, _, _) -> throw({last_set, I}) end, none, A) of
        none -> 0
    catch
        throw:{last_set, I} -> I + 1
    end.

%% ---- Conversions to lists -------------------------------------------------

%% These build the list from the last entry backwards. The last subtree in range is
%% entered with the index range it should have; every subtree before it is taken whole,
%% by its own shape (an integer gives that many defaults, a node all its 10 children).
%% For the trees the other functions build, both come to the entries 0..Size-1. A tree
%% made inconsistent by relax/1 after shrinking and growing again (OTP lets that happen)
%% lists differently here than in the folds, exactly as in OTP.

to_list(#array{size = 0}) -> [];
to_list(#array{size = N, elements = E, default = D}) -> collect(E, N - 1, N - 1, D, values, []);
to_list(_) -> erlang:error(badarg).

sparse_to_list(#array{size = 0}) -> [];
sparse_to_list(#array{size = N, elements = E, default = D}) ->
    collect(E, N - 1, N - 1, D, sparse_values, []);
sparse_to_list(_) -> erlang:error(badarg).

to_orddict(#array{size = 0}) -> [];
to_orddict(#array{size = N, elements = E, default = D}) -> collect(E, N - 1, N - 1, D, pairs, []);
to_orddict(_) -> erlang:error(badarg).

sparse_to_orddict(#array{size = 0}) -> [];
sparse_to_orddict(#array{size = N, elements = E, default = D}) ->
    collect(E, N - 1, N - 1, D, sparse_pairs, []);
sparse_to_orddict(_) -> erlang:error(badarg).

%% The entries 0..Last (relative to the subtree) in front of Acc; Top is the absolute
%% index of entry Last.
collect({_, _, _, _, _, _, _, _, _, _, S} = Node, Top, Last, D, Kind, Acc) ->
    K = Last div S,
    Rel = Last rem S,
    Acc1 = collect(element(K + 1, Node), Top, Rel, D, Kind, Acc),
    collect_whole_children(Node, K, Top - Rel - 1, S, D, Kind, Acc1);
collect(S, Top, Last, D, Kind, Acc) when is_integer(S) -> defaults(Last + 1, Top, D, Kind, Acc);
collect(Leaf, Top, Last, D, Kind, Acc) -> leaf_entries(Leaf, Last + 1, Top, D, Kind, Acc).

%% Children K..1 taken whole, child K ending at absolute index Top.
collect_whole_children(_, 0, _, _, _, _, Acc) -> Acc;
collect_whole_children(Node, K, Top, S, D, Kind, Acc) ->
    Acc1 = collect_whole(element(K, Node), Top, D, Kind, Acc),
    collect_whole_children(Node, K - 1, Top - S, S, D, Kind, Acc1).

collect_whole({_, _, _, _, _, _, _, _, _, _, S} = Node, Top, D, Kind, Acc) ->
    collect_whole_children(Node, ?LEAF, Top, S, D, Kind, Acc);
collect_whole(S, Top, D, Kind, Acc) when is_integer(S) -> defaults(S, Top, D, Kind, Acc);
collect_whole(Leaf, Top, D, Kind, Acc) -> leaf_entries(Leaf, ?LEAF, Top, D, Kind, Acc).

%% Count unwritten entries ending at index Top.
defaults(_, _, _, sparse_values, Acc) -> Acc;
defaults(_, _, _, sparse_pairs, Acc) -> Acc;
defaults(0, _, _, _, Acc) -> Acc;
defaults(Count, Top, D, values, Acc) -> defaults(Count - 1, Top - 1, D, values, [D | Acc]);
defaults(Count, Top, D, pairs, Acc) -> defaults(Count - 1, Top - 1, D, pairs, [{Top, D} | Acc]).

%% Entries 1..K of a leaf, entry K having index Top.
leaf_entries(_, 0, _, _, _, Acc) -> Acc;
leaf_entries(Leaf, K, Top, D, Kind, Acc) ->
    Acc1 = case {Kind, element(K, Leaf)} of
               {values, V} -> [V | Acc];
               {pairs, V} -> [{Top, V} | Acc];
               {_, D} -> Acc;
               {sparse_values, V} -> [V | Acc];
               {sparse_pairs, V} -> [{Top, V} | Acc]
           end,
    leaf_entries(Leaf, K - 1, Top - 1, D, Kind, Acc1).

%% ---- Building from lists --------------------------------------------------

from_list(L) -> from_list(L, undefined).

%% Full leaves (the last padded with the default), then levels of nodes; a level's last
%% node is padded with integer (unwritten) subtrees.
from_list([], D) -> new({default, D});
from_list(L, D) when is_list(L) ->
    {Leaves, N} = from_list_1(?LEAF, L, D, 0, [], []),
    case Leaves of
        [Leaf] -> #array{size = N, max = ?LEAF, default = D, elements = Leaf};
        _ ->
            {Top, Span} = stack_levels([{tuple, X} || X <- Leaves], ?LEAF),
            #array{size = N, max = Span, default = D, elements = Top}
    end;
from_list(_, _) -> erlang:error(badarg).

%% Fills leaves of 10 from the list (I places left in the current one, As its entries so
%% far, reversed); the last leaf is padded with the default. A list that does not end in
%% [] is badarg once its leaf is full.
from_list_1(0, Xs, D, N, As, Es) ->
    Es1 = [list_to_tuple(lists:reverse(As)) | Es],
    case Xs of
        [] -> {lists:reverse(Es1), N};
        [_ | _] -> from_list_1(?LEAF, Xs, D, N, [], Es1);
        _ -> erlang:error(badarg)
    end;
from_list_1(I, [X | Xs], D, N, As, Es) -> from_list_1(I - 1, Xs, D, N + 1, [X | As], Es);
from_list_1(I, Xs, D, N, As, Es) -> from_list_1(I - 1, Xs, D, N, [D | As], Es).

%% Subtrees of span S, in order: {tuple, T} for a materialised one, {holes, Count} for a
%% run of Count unwritten ones. Grouped ten to a node, level after level, until one node
%% is left; returns it and its capacity. Runs stay runs (a gap of a billion entries costs
%% a few steps per level), and a group of ten unwritten subtrees becomes one unwritten
%% subtree of the next level.
stack_levels(Subs, S) ->
    case group(Subs, S, 0, [], []) of
        [{tuple, Top}] -> {Top, S * ?LEAF};
        Next -> stack_levels(Next, S * ?LEAF)
    end.

%% Filled children are in Kids (reversed); Out is the next level, reversed.
group(Subs, S, ?LEAF, Kids, Out) -> group(Subs, S, 0, [], [close(Kids, S) | Out]);
group([{tuple, T} | Subs], S, Filled, Kids, Out) -> group(Subs, S, Filled + 1, [T | Kids], Out);
group([{holes, C} | Subs], S, 0, [], Out) when C >= ?LEAF ->
    group(rest_of_run(C rem ?LEAF, Subs), S, 0, [], [{holes, C div ?LEAF} | Out]);
group([{holes, C} | Subs], S, Filled, Kids, Out) ->
    K = min(C, ?LEAF - Filled),
    group(rest_of_run(C - K, Subs), S, Filled + K, lists:duplicate(K, S) ++ Kids, Out);
group([], _, 0, [], Out) -> lists:reverse(Out);
group([], S, Filled, Kids, Out) -> group([], S, ?LEAF, lists:duplicate(?LEAF - Filled, S) ++ Kids, Out).

rest_of_run(0, Subs) -> Subs;
rest_of_run(C, Subs) -> [{holes, C} | Subs].

%% A full group of children (reversed) as a node, or as one unwritten subtree when none
%% of them is materialised.
close(Kids, S) ->
    case lists:all(fun is_integer/1, Kids) of
        true -> {holes, 1};
        false -> {tuple, list_to_tuple(lists:reverse([S | Kids]))}
    end.

from_orddict(L) -> from_orddict(L, undefined).

%% Leaves are materialised from the first key on, leaf after leaf, as long as the next
%% key is at most 10 past the start of the current leaf; a larger gap skips whole
%% unwritten leaves (one leaf's worth of the gap may still be materialised with defaults).
%% The tree over these leaves is built as from_list/2 builds its own.
from_orddict([], D) -> new({default, D});
from_orddict(L, D) when is_list(L) ->
    {Leaves, N} = from_orddict_0(L, 0, ?LEAF, D, []),
    case Leaves of
        [{tuple, Leaf}] -> #array{size = N, max = ?LEAF, default = D, elements = Leaf};
        _ ->
            {Top, Span} = stack_levels(Leaves, ?LEAF),
            #array{size = N, max = Span, default = D, elements = Top}
    end;
from_orddict(_, _) -> erlang:error(badarg).

%% Start is the index of the current leaf's first entry (a multiple of 10) and End the
%% index after its last; returns the leaves in order and the size (one past the last key).
from_orddict_0([], N, _, _, Acc) -> {lists:reverse(Acc), N};
from_orddict_0([{K, _} | _] = L, Start, End, D, Acc) when K > End, is_integer(K) ->
    Skip = (K - Start) div ?LEAF,
    Start1 = Start + Skip * ?LEAF,
    from_orddict_0(L, Start1, Start1 + ?LEAF, D, [{holes, Skip} | Acc]);
from_orddict_0([{_, _} | _] = L, Start, End, D, Acc) ->
    {Leaf, Rest, N} = from_orddict_1(L, Start, End, Start, D, []),
    from_orddict_0(Rest, N, N + ?LEAF, D, [{tuple, Leaf} | Acc]);
from_orddict_0(L, _, _, _, _) -> erlang:error({badarg, L}).

%% Fills entries I..End-1; N is one past the last entry at or before a key.
from_orddict_1(L, End, End, N, _, Acc) -> {list_to_tuple(lists:reverse(Acc)), L, N};
from_orddict_1([{I, V} | Rest], I, End, _, D, Acc) -> from_orddict_1(Rest, I + 1, End, I + 1, D, [V | Acc]);
from_orddict_1([{K, _} | _] = L, I, End, _, D, Acc) when is_integer(K), K > I ->
    from_orddict_1(L, I + 1, End, I + 1, D, [D | Acc]);
from_orddict_1([_ | _] = L, _, _, _, _, _) -> erlang:error({badarg, L});
from_orddict_1(L, I, End, N, D, Acc) -> from_orddict_1(L, I + 1, End, N, D, [D | Acc]).

%% ---- Maps -----------------------------------------------------------------

%% Every subtree up to the size is materialised and F(Index, Value) replaces each entry;
%% in the last leaf the entries past the size become the default.
map(F, #array{size = N, elements = E, default = D} = A) when is_function(F, 2) ->
    if N > 0 -> A#array{elements = map_tree(F, E, D, 0, N - 1)}; true -> A end;
map(_, _) -> erlang:error(badarg).

map_tree(F, {_, _, _, _, _, _, _, _, _, _, S} = Node, D, Base, Last) ->
    map_children(F, Node, D, Base, Last, S, 1, Last div S + 1, []);
map_tree(F, S, D, Base, Last) when is_integer(S) ->
    Fresh = if
                S > ?LEAF -> erlang:make_tuple(?LEAF + 1, S div ?LEAF);
                true -> erlang:make_tuple(?LEAF, D)
            end,
    map_tree(F, Fresh, D, Base, Last);
map_tree(F, Leaf, D, Base, Last) -> list_to_tuple(map_leaf(F, Leaf, D, Base, 1, Last + 1)).

map_leaf(_, _, _, _, K, _) when K > ?LEAF -> [];
map_leaf(F, Leaf, D, Ix, K, N) when K =< N ->
    V = F(Ix, element(K, Leaf)),
    [V | map_leaf(F, Leaf, D, Ix + 1, K + 1, N)];
map_leaf(F, Leaf, D, Ix, K, N) -> [D | map_leaf(F, Leaf, D, Ix + 1, K + 1, N)].

%% Children before the last one in range are mapped whole, the ones after it are kept.
map_children(F, Node, D, Base, Last, S, K, K, Acc) ->
    Sub = map_tree(F, element(K, Node), D, Base, Last rem S),
    keep_rest(Node, K + 1, [Sub | Acc]);
map_children(F, Node, D, Base, Last, S, K, LastK, Acc) ->
    Sub = map_tree(F, element(K, Node), D, Base, S - 1),
    map_children(F, Node, D, Base + S, Last, S, K + 1, LastK, [Sub | Acc]).

%% The kept children and the span (element 11).
keep_rest(Node, K, Acc) when K =< ?LEAF + 1 -> keep_rest(Node, K + 1, [element(K, Node) | Acc]);
keep_rest(_, _, Acc) -> list_to_tuple(lists:reverse(Acc)).

%% Unwritten subtrees stay unwritten; in a leaf F sees every entry that is not the
%% default, even one past the size (left over after shrinking), as in OTP.
sparse_map(F, #array{size = N, elements = E, default = D} = A) when is_function(F, 2) ->
    if N > 0 -> A#array{elements = sparse_map_tree(F, E, D, 0, N - 1)}; true -> A end;
sparse_map(_, _) -> erlang:error(badarg).

sparse_map_tree(F, {_, _, _, _, _, _, _, _, _, _, S} = Node, D, Base, Last) ->
    sparse_map_children(F, Node, D, Base, Last, S, 1, Last div S + 1, []);
sparse_map_tree(_, S, _, _, _) when is_integer(S) -> S;
sparse_map_tree(F, Leaf, D, Base, _) -> list_to_tuple(sparse_map_leaf(F, Leaf, D, Base, 1)).

sparse_map_leaf(_, _, _, _, K) when K > ?LEAF -> [];
sparse_map_leaf(F, Leaf, D, Ix, K) ->
    V = case element(K, Leaf) of
            D -> D;
            X -> F(Ix, X)
        end,
    [V | sparse_map_leaf(F, Leaf, D, Ix + 1, K + 1)].

sparse_map_children(F, Node, D, Base, Last, S, K, K, Acc) ->
    Sub = sparse_map_tree(F, element(K, Node), D, Base, Last rem S),
    keep_rest(Node, K + 1, [Sub | Acc]);
sparse_map_children(F, Node, D, Base, Last, S, K, LastK, Acc) ->
    Sub = sparse_map_tree(F, element(K, Node), D, Base, S - 1),
    sparse_map_children(F, Node, D, Base + S, Last, S, K + 1, LastK, [Sub | Acc]).

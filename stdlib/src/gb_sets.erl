%% gb_sets: ordered sets as general balanced trees, erlts's own implementation.
%%
%% A set is {Size, Node}; a Node is `nil` or {Element, Smaller, Bigger}. Balancing works
%% as in gb_trees (see the header there): an insert whose path is too long rebuilds one
%% subtree, deletion never rebalances. The set operations turn the operands into sorted
%% lists and merge them, or, when one set is much bigger than the other, probe the big
%% tree with the small set's elements; the result is rebuilt balanced from a reversed
%% list. Which of two == elements (1 and 1.0) survives a union and which strategy is used
%% for given sizes both follow OTP, since the result is visible when printed.
%%
%% Errors as in OTP: insert of a member raises {key_exists, X}; delete of a non-member and
%% smallest/largest/take_* of an empty set are function_clause errors.
-module(gb_sets).

-export([empty/0, is_empty/1, size/1, singleton/1, is_member/2, insert/2, add/2,
         delete/2, delete_any/2, balance/1, union/2, union/1, intersection/2,
         intersection/1, is_disjoint/2, difference/2, is_subset/2, to_list/1,
         from_list/1, from_ordset/1, smallest/1, largest/1, take_smallest/1,
         take_largest/1, iterator/1, iterator_from/2, next/1, filter/2, fold/3,
         is_set/1]).
-export([new/0, is_element/2, add_element/2, del_element/2, subtract/2]).

%% ---- Basics ---------------------------------------------------------------

empty() -> {0, nil}.

new() -> empty().

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({N, _}) -> N.

singleton(X) -> {1, {X, nil, nil}}.

is_set({0, nil}) -> true;
is_set({N, {_, _, _}}) when is_integer(N), N >= 0 -> true;
is_set(_) -> false.

is_element(X, Set) -> is_member(X, Set).

is_member(X, {_, Node}) -> member_node(X, Node).

member_node(X, {E, L, _}) when X < E -> member_node(X, L);
member_node(X, {E, _, R}) when X > E -> member_node(X, R);
member_node(_, {_, _, _}) -> true;
member_node(_, nil) -> false.

%% ---- Insertion ------------------------------------------------------------

%% The rebuild rule of gb_trees:insert/3; see there.
insert(X, {N, Node}) ->
    N1 = N + 1,
    {N1, insert_1(X, Node, N1 * N1)}.

insert_1(X, {E, L, R}, Budget) when X < E ->
    case insert_1(X, L, Budget bsr 1) of
        {L1, HL, CL} when is_integer(HL) ->
            {HR, CR} = measure(R),
            check_rebuild({E, L1, R}, HL, CL, HR, CR);
        L1 ->
            {E, L1, R}
    end;
insert_1(X, {E, L, R}, Budget) when X > E ->
    case insert_1(X, R, Budget bsr 1) of
        {R1, HR, CR} when is_integer(HR) ->
            {HL, CL} = measure(L),
            check_rebuild({E, L, R1}, HR, CR, HL, CL);
        R1 ->
            {E, L, R1}
    end;
insert_1(X, nil, 0) -> {{X, nil, nil}, 1, 1};
insert_1(X, nil, _) -> {X, nil, nil};
insert_1(X, _, _) -> erlang:error({key_exists, X}).

check_rebuild(Node, H1, C1, H2, C2) ->
    H = 2 * max(H1, H2),
    C = C1 + C2 + 1,
    if
        H > C * C -> rebuild(Node, C);
        true -> {Node, H, C}
    end.

measure({_, nil, nil}) -> {1, 1};
measure({_, L, R}) ->
    {HL, CL} = measure(L),
    {HR, CR} = measure(R),
    {2 * max(HL, HR), CL + CR + 1};
measure(nil) -> {1, 0}.

add_element(X, Set) -> add(X, Set).

add(X, Set) ->
    case is_member(X, Set) of
        true -> Set;
        false -> insert(X, Set)
    end.

%% ---- Building balanced trees ----------------------------------------------

balance({N, Node}) -> {N, rebuild(Node, N)}.

rebuild(Node, N) -> from_sorted(to_list(Node, []), N).

from_list(L) -> from_ordset(ordsets:from_list(L)).

from_ordset(L) ->
    N = length(L),
    {N, from_sorted(L, N)}.

from_sorted(L, N) ->
    {Node, _} = balance_list_1(L, N),
    Node.

%% A balanced tree of the first N elements (ascending), and the rest; the left subtree
%% takes the larger half.
balance_list_1(L, N) when N > 1 ->
    Right = (N - 1) div 2,
    Left = N - 1 - Right,
    {Lt, [X | Rest]} = balance_list_1(L, Left),
    {Rt, Rest1} = balance_list_1(Rest, Right),
    {{X, Lt, Rt}, Rest1};
balance_list_1([X | Rest], 1) -> {{X, nil, nil}, Rest};
balance_list_1(L, 0) -> {nil, L}.

%% The same from a descending list, as the set operations produce. Here the larger half
%% is the first one taken, which makes it the right subtree (so the shape differs from
%% from_sorted/2's for an even count, as OTP's does).
from_reversed(L, N) ->
    {Node, _} = build_rev(L, N),
    Node.

build_rev(L, N) when N > 1 ->
    Small = (N - 1) div 2,
    Large = N - 1 - Small,
    {Rt, [X | Rest]} = build_rev(L, Large),
    {Lt, Rest1} = build_rev(Rest, Small),
    {{X, Lt, Rt}, Rest1};
build_rev([X | Rest], 1) -> {{X, nil, nil}, Rest};
build_rev(L, 0) -> {nil, L}.

%% ---- Deletion -------------------------------------------------------------

del_element(X, Set) -> delete_any(X, Set).

delete_any(X, Set) ->
    case is_member(X, Set) of
        true -> delete(X, Set);
        false -> Set
    end.

delete(X, {N, Node}) -> {N - 1, delete_1(X, Node)}.

delete_1(X, {E, L, R}) when X < E -> {E, delete_1(X, L), R};
delete_1(X, {E, L, R}) when X > E -> {E, L, delete_1(X, R)};
delete_1(_, {_, L, R}) -> join(L, R).

join(L, nil) -> L;
join(nil, R) -> R;
join(L, R) ->
    {X, R1} = take_smallest1(R),
    {X, L, R1}.

take_smallest({N, Node}) ->
    {X, Node1} = take_smallest1(Node),
    {X, {N - 1, Node1}}.

take_smallest1({X, nil, R}) -> {X, R};
take_smallest1({E, L, R}) ->
    {X, L1} = take_smallest1(L),
    {X, {E, L1, R}}.

take_largest({N, Node}) ->
    {X, Node1} = take_largest1(Node),
    {X, {N - 1, Node1}}.

take_largest1({X, L, nil}) -> {X, L};
take_largest1({E, L, R}) ->
    {X, R1} = take_largest1(R),
    {X, {E, L, R1}}.

smallest({_, Node}) -> smallest_1(Node).

smallest_1({X, nil, _}) -> X;
smallest_1({_, L, _}) -> smallest_1(L).

largest({_, Node}) -> largest_1(Node).

largest_1({X, _, nil}) -> X;
largest_1({_, _, R}) -> largest_1(R).

%% ---- Lists and iterators --------------------------------------------------

to_list({_, Node}) -> to_list(Node, []).

to_list({X, L, R}, Acc) -> to_list(L, [X | to_list(R, Acc)]);
to_list(nil, Acc) -> Acc.

iterator({_, Node}) -> push_left(Node, []).

push_left({_, nil, _} = Node, Stack) -> [Node | Stack];
push_left({_, L, _} = Node, Stack) -> push_left(L, [Node | Stack]);
push_left(nil, Stack) -> Stack.

iterator_from(X, {_, Node}) -> push_from(X, Node, []).

push_from(X, {E, _, R}, Stack) when E < X -> push_from(X, R, Stack);
push_from(_, {_, nil, _} = Node, Stack) -> [Node | Stack];
push_from(X, {_, L, _} = Node, Stack) -> push_from(X, L, [Node | Stack]);
push_from(_, nil, Stack) -> Stack.

next([{X, _, R} | Stack]) -> {X, push_left(R, Stack)};
next([]) -> none.

%% ---- Set operations -------------------------------------------------------

%% Probing the big tree (Big elements) with Small elements one at a time beats a merge
%% when Big >= Small * round(1.46 * ln Big); below 10 elements the merge always wins.
probe(Small, Big) ->
    Big >= 10 andalso Big >= Small * round(1.46 * math:log(Big)).

%% The smaller set (the second one on a tie) is the list side.
union({N1, T1}, {N2, T2}) when N2 < N1 -> union_with(to_list(T2, []), N2, T1, N1);
union({N1, T1}, {N2, T2}) -> union_with(to_list(T1, []), N1, T2, N2).

union_with(L, N1, T2, N2) ->
    case probe(N1, N2) of
        true -> add_all(L, {N2, T2});
        false -> merge_union(L, to_list(T2, []), [], N1 + N2)
    end.

add_all([X | Xs], Set) -> add_all(Xs, add(X, Set));
add_all([], Set) -> Set.

%% Merges two ascending lists into a descending accumulator; N starts as the sum of
%% the sizes and drops by one per element found in both. When the head of the first list
%% is the bigger one, the lists swap places, so of two == elements the one kept is from
%% whichever list is first at that moment.
merge_union([X | Xs], [Y | _] = Ys, Acc, N) when X < Y -> merge_union(Xs, Ys, [X | Acc], N);
merge_union([X | _] = Xs, [Y | Ys], Acc, N) when X > Y -> merge_union(Ys, Xs, [Y | Acc], N);
merge_union([X | Xs], [_ | Ys], Acc, N) -> merge_union(Xs, Ys, [X | Acc], N - 1);
merge_union([], Ys, Acc, N) -> {N, from_reversed(lists:reverse(Ys, Acc), N)};
merge_union(Xs, [], Acc, N) -> {N, from_reversed(lists:reverse(Xs, Acc), N)}.

union([S | Ss]) -> union_all(S, Ss);
union([]) -> empty().

union_all(S, [S1 | Ss]) -> union_all(union(S, S1), Ss);
union_all(S, []) -> S.

intersection({N1, T1}, {N2, T2}) when N2 < N1 -> intersect_with(to_list(T2, []), N2, T1, N1);
intersection({N1, T1}, {N2, T2}) -> intersect_with(to_list(T1, []), N1, T2, N2).

intersect_with(L, N1, T2, N2) ->
    case probe(N1, N2) of
        true -> keep_members(L, T2, [], 0);
        false -> merge_common(L, to_list(T2, []), [], 0)
    end.

keep_members([X | Xs], T, Acc, N) ->
    case member_node(X, T) of
        true -> keep_members(Xs, T, [X | Acc], N + 1);
        false -> keep_members(Xs, T, Acc, N)
    end;
keep_members([], _, Acc, N) -> {N, from_reversed(Acc, N)}.

%% Swaps like merge_union/4: the element kept is the first list's.
merge_common([X | Xs], [Y | _] = Ys, Acc, N) when X < Y -> merge_common(Xs, Ys, Acc, N);
merge_common([X | _] = Xs, [Y | Ys], Acc, N) when X > Y -> merge_common(Ys, Xs, Acc, N);
merge_common([X | Xs], [_ | Ys], Acc, N) -> merge_common(Xs, Ys, [X | Acc], N + 1);
merge_common([], _, Acc, N) -> {N, from_reversed(Acc, N)};
merge_common(_, [], Acc, N) -> {N, from_reversed(Acc, N)}.

intersection([S | Ss]) -> intersect_all(S, Ss).

intersect_all(S, [S1 | Ss]) -> intersect_all(intersection(S, S1), Ss);
intersect_all(S, []) -> S.

%% Walks the smaller tree (the second on a tie) against the other one.
is_disjoint({N1, T1}, {N2, T2}) when N1 < N2 -> disjoint(T1, T2);
is_disjoint({_, T1}, {_, T2}) -> disjoint(T2, T1).

disjoint({X, L1, R1}, {Y, L2, _} = T2) when X < Y ->
    not member_node(X, L2) andalso disjoint(L1, L2) andalso disjoint(R1, T2);
disjoint({X, L1, R1}, {Y, _, R2} = T2) when X > Y ->
    not member_node(X, R2) andalso disjoint(R1, R2) andalso disjoint(L1, T2);
disjoint({_, _, _}, {_, _, _}) -> false;
disjoint(nil, _) -> true;
disjoint(_, nil) -> true.

subtract(S1, S2) -> difference(S1, S2).

difference({N1, T1}, {N2, T2}) ->
    L = to_list(T1, []),
    case probe(N1, N2) of
        true -> drop_members(L, T2, [], 0);
        false -> merge_minus(L, to_list(T2, []), [], N1)
    end.

drop_members([X | Xs], T, Acc, N) ->
    case member_node(X, T) of
        true -> drop_members(Xs, T, Acc, N);
        false -> drop_members(Xs, T, [X | Acc], N + 1)
    end;
drop_members([], _, Acc, N) -> {N, from_reversed(Acc, N)}.

merge_minus([X | Xs], [Y | _] = Ys, Acc, N) when X < Y -> merge_minus(Xs, Ys, [X | Acc], N);
merge_minus([X | _] = Xs, [Y | Ys], Acc, N) when X > Y -> merge_minus(Xs, Ys, Acc, N);
merge_minus([_ | Xs], [_ | Ys], Acc, N) -> merge_minus(Xs, Ys, Acc, N - 1);
merge_minus([], _, Acc, N) -> {N, from_reversed(Acc, N)};
merge_minus(Xs, [], Acc, N) -> {N, from_reversed(lists:reverse(Xs, Acc), N)}.

is_subset({N1, T1}, {N2, T2}) ->
    L = to_list(T1, []),
    case probe(N1, N2) of
        true -> all_members(L, T2);
        false -> sorted_subset(L, to_list(T2, []))
    end.

all_members([X | Xs], T) ->
    case member_node(X, T) of
        true -> all_members(Xs, T);
        false -> false
    end;
all_members([], _) -> true.

sorted_subset([X | _], [Y | _]) when X < Y -> false;
sorted_subset([X | _] = Xs, [Y | Ys]) when X > Y -> sorted_subset(Xs, Ys);
sorted_subset([_ | Xs], [_ | Ys]) -> sorted_subset(Xs, Ys);
sorted_subset([], _) -> true;
sorted_subset(_, []) -> false.

%% ---- Higher order ---------------------------------------------------------

filter(F, Set) when is_function(F, 1) ->
    from_ordset([X || X <- to_list(Set), F(X)]).

fold(F, Acc, {_, Node}) when is_function(F, 2) -> fold_node(F, Acc, Node).

fold_node(F, Acc, {X, L, R}) -> fold_node(F, F(X, fold_node(F, Acc, L)), R);
fold_node(_, Acc, _) -> Acc.

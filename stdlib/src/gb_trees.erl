%% gb_trees: general balanced trees (Arne Andersson's scheme), erlts's own implementation.
%%
%% A tree is {Size, Node}; a Node is `nil` or {Key, Value, Smaller, Bigger}. Nothing is
%% stored for balance: an insert that makes the path too long (its height, doubled per
%% level, exceeds Size^2 of the subtree it passes through) rebuilds the highest such
%% subtree into a perfectly balanced one. Deletion never rebalances. Users print these
%% tuples and compare them, so every operation builds exactly the shape OTP builds:
%% the same rebuild rule, the same split of a list into halves (the left half takes the
%% extra element), and deletion that replaces a node by the smallest key of its right
%% subtree.
%%
%% Keys are compared with < and > only, so keys that are == (1 and 1.0) are the same key.
%% Bad arguments surface the way they do in OTP, from helpers named as OTP's (get_1,
%% delete_1, take_smallest1, ...): a missing key in get/update/delete/take
%% and an empty tree in smallest/largest/take_smallest/take_largest are function_clause
%% errors from the walk; insert of a present key raises {key_exists, Key}.
-module(gb_trees).

-export([empty/0, is_empty/1, size/1, lookup/2, get/2, insert/3, update/3, enter/3,
         delete/2, delete_any/2, balance/1, is_defined/2, keys/1, values/1, to_list/1,
         from_orddict/1, smallest/1, largest/1, take/2, take_any/2, take_smallest/1,
         take_largest/1, iterator/1, iterator_from/2, next/1, map/2]).

%% ---- Basics ---------------------------------------------------------------

empty() -> {0, nil}.

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({N, _}) when is_integer(N), N >= 0 -> N.

%% ---- Lookup ---------------------------------------------------------------

lookup(Key, {_, Node}) -> lookup_node(Key, Node).

lookup_node(Key, {K, _, L, _}) when Key < K -> lookup_node(Key, L);
lookup_node(Key, {K, _, _, R}) when Key > K -> lookup_node(Key, R);
lookup_node(_, {_, V, _, _}) -> {value, V};
lookup_node(_, nil) -> none.

is_defined(Key, {_, Node}) -> defined_node(Key, Node).

defined_node(Key, {K, _, L, _}) when Key < K -> defined_node(Key, L);
defined_node(Key, {K, _, _, R}) when Key > K -> defined_node(Key, R);
defined_node(_, {_, _, _, _}) -> true;
defined_node(_, nil) -> false.

%% No clause for nil: a missing key is a function_clause error, as in OTP.
get(Key, {_, Node}) -> get_1(Key, Node).

get_1(Key, {K, _, L, _}) when Key < K -> get_1(Key, L);
get_1(Key, {K, _, _, R}) when Key > K -> get_1(Key, R);
get_1(_, {_, V, _, _}) -> V.

%% ---- Update, insert, enter ------------------------------------------------

%% The node takes the key given here (which may be 1.0 where the tree had 1).
update(Key, Val, {N, Node}) -> {N, update_1(Key, Val, Node)}.

update_1(Key, Val, {K, V, L, R}) when Key < K -> {K, V, update_1(Key, Val, L), R};
update_1(Key, Val, {K, V, L, R}) when Key > K -> {K, V, L, update_1(Key, Val, R)};
update_1(Key, Val, {_, _, L, R}) -> {Key, Val, L, R}.

%% The walk down carries Budget, which starts at Size^2 and halves per level; reaching
%% a leaf position with Budget 0 means the path is too long, and the way back up then
%% carries {Subtree, Height, Count} until a subtree is found whose doubled height exceeds
%% its count squared: that subtree is rebuilt. Otherwise only the new node comes back.
insert(Key, Val, {N, Node}) when is_integer(N) ->
    N1 = N + 1,
    {N1, insert_1(Key, Val, Node, N1 * N1)}.

insert_1(Key, Val, {K, V, L, R}, Budget) when Key < K ->
    case insert_1(Key, Val, L, Budget bsr 1) of
        {L1, HL, CL} ->
            {HR, CR} = measure(R),
            check_rebuild({K, V, L1, R}, HL, CL, HR, CR);
        L1 ->
            {K, V, L1, R}
    end;
insert_1(Key, Val, {K, V, L, R}, Budget) when Key > K ->
    case insert_1(Key, Val, R, Budget bsr 1) of
        {R1, HR, CR} ->
            {HL, CL} = measure(L),
            check_rebuild({K, V, L, R1}, HR, CR, HL, CL);
        R1 ->
            {K, V, L, R1}
    end;
insert_1(Key, Val, nil, 0) -> {{Key, Val, nil, nil}, 1, 1};
insert_1(Key, Val, nil, _) -> {Key, Val, nil, nil};
insert_1(Key, _, _, _) -> erlang:error({key_exists, Key}).

check_rebuild(Node, H1, C1, H2, C2) ->
    H = 2 * max(H1, H2),
    C = C1 + C2 + 1,
    if
        H > C * C -> rebuild(Node, C);
        true -> {Node, H, C}
    end.

%% {Height, Count} of a subtree, the height doubling per level (a leaf is 1, nil is 1).
measure({_, _, nil, nil}) -> {1, 1};
measure({_, _, L, R}) ->
    {HL, CL} = measure(L),
    {HR, CR} = measure(R),
    {2 * max(HL, HR), CL + CR + 1};
measure(nil) -> {1, 0}.

enter(Key, Val, Tree) ->
    case is_defined(Key, Tree) of
        true -> update(Key, Val, Tree);
        false -> insert(Key, Val, Tree)
    end.

%% ---- Balancing ------------------------------------------------------------

balance({N, Node}) -> {N, rebuild(Node, N)}.

rebuild(Node, N) -> from_pairs(to_list(Node, []), N).

from_orddict(Pairs) ->
    N = length(Pairs),
    {N, from_pairs(Pairs, N)}.

from_pairs(Pairs, N) ->
    {Node, []} = balance_list_1(Pairs, N),
    Node.

%% Builds a perfectly balanced tree from the first N pairs; returns it with the rest.
%% Of the N - 1 pairs beside the root, the left subtree gets the larger half.
balance_list_1(Pairs, N) when N > 1 ->
    Right = (N - 1) div 2,
    Left = N - 1 - Right,
    {L, [{K, V} | Rest]} = balance_list_1(Pairs, Left),
    {R, Rest1} = balance_list_1(Rest, Right),
    {{K, V, L, R}, Rest1};
balance_list_1([{K, V} | Rest], 1) -> {{K, V, nil, nil}, Rest};
balance_list_1(Pairs, 0) -> {nil, Pairs}.

%% ---- Deletion -------------------------------------------------------------

delete_any(Key, Tree) ->
    case is_defined(Key, Tree) of
        true -> delete(Key, Tree);
        false -> Tree
    end.

delete(Key, {N, Node}) when is_integer(N), N >= 0 -> {N - 1, delete_1(Key, Node)}.

delete_1(Key, {K, V, L, R}) when Key < K -> {K, V, delete_1(Key, L), R};
delete_1(Key, {K, V, L, R}) when Key > K -> {K, V, L, delete_1(Key, R)};
delete_1(_, {_, _, L, R}) -> join(L, R).

%% Joins the two subtrees of a removed node: the smallest of the right one becomes the root.
join(L, nil) -> L;
join(nil, R) -> R;
join(L, R) ->
    {K, V, R1} = take_smallest1(R),
    {K, V, L, R1}.

take_any(Key, Tree) ->
    case is_defined(Key, Tree) of
        true -> take(Key, Tree);
        false -> error
    end.

take(Key, {N, Node}) when is_integer(N), N >= 0 ->
    {Val, Node1} = take_1(Key, Node),
    {Val, {N - 1, Node1}}.

take_1(Key, {K, V, L, R}) when Key < K ->
    {Val, L1} = take_1(Key, L),
    {Val, {K, V, L1, R}};
take_1(Key, {K, V, L, R}) when Key > K ->
    {Val, R1} = take_1(Key, R),
    {Val, {K, V, L, R1}};
take_1(_, {_, V, L, R}) -> {V, join(L, R)}.

take_smallest({N, Node}) when is_integer(N), N >= 0 ->
    {K, V, Node1} = take_smallest1(Node),
    {K, V, {N - 1, Node1}}.

take_smallest1({K, V, nil, R}) -> {K, V, R};
take_smallest1({K, V, L, R}) ->
    {K1, V1, L1} = take_smallest1(L),
    {K1, V1, {K, V, L1, R}}.

take_largest({N, Node}) when is_integer(N), N >= 0 ->
    {K, V, Node1} = take_largest1(Node),
    {K, V, {N - 1, Node1}}.

take_largest1({K, V, L, nil}) -> {K, V, L};
take_largest1({K, V, L, R}) ->
    {K1, V1, R1} = take_largest1(R),
    {K1, V1, {K, V, L, R1}}.

smallest({_, Node}) -> smallest_1(Node).

smallest_1({K, V, nil, _}) -> {K, V};
smallest_1({_, _, L, _}) -> smallest_1(L).

largest({_, Node}) -> largest_1(Node).

largest_1({K, V, _, nil}) -> {K, V};
largest_1({_, _, _, R}) -> largest_1(R).

%% ---- Lists ----------------------------------------------------------------

to_list({_, Node}) -> to_list(Node, []).

to_list({K, V, L, R}, Acc) -> to_list(L, [{K, V} | to_list(R, Acc)]);
to_list(nil, Acc) -> Acc.

keys({_, Node}) -> keys(Node, []).

keys({K, _, L, R}, Acc) -> keys(L, [K | keys(R, Acc)]);
keys(nil, Acc) -> Acc.

values({_, Node}) -> values(Node, []).

values({_, V, L, R}, Acc) -> values(L, [V | values(R, Acc)]);
values(nil, Acc) -> Acc.

%% ---- Iterators ------------------------------------------------------------

%% An iterator is the stack of nodes still to visit, the next one first: the left spine
%% of what remains. Printed by users, so it holds whole nodes as OTP's does.
iterator({_, Node}) -> push_left(Node, []).

push_left({_, _, nil, _} = Node, Stack) -> [Node | Stack];
push_left({_, _, L, _} = Node, Stack) -> push_left(L, [Node | Stack]);
push_left(nil, Stack) -> Stack.

iterator_from(Key, {_, Node}) -> push_from(Key, Node, []).

push_from(Key, {K, _, _, R}, Stack) when K < Key -> push_from(Key, R, Stack);
push_from(_, {_, _, nil, _} = Node, Stack) -> [Node | Stack];
push_from(Key, {_, _, L, _} = Node, Stack) -> push_from(Key, L, [Node | Stack]);
push_from(_, nil, Stack) -> Stack.

next([{K, V, _, R} | Stack]) -> {K, V, push_left(R, Stack)};
next([]) -> none.

%% ---- Map ------------------------------------------------------------------

map(F, {N, Node}) when is_function(F, 2) -> {N, map_node(F, Node)}.

map_node(_, nil) -> nil;
map_node(F, {K, V, L, R}) -> {K, F(K, V), map_node(F, L), map_node(F, R)}.

%% orddict: dictionaries as ordered lists of {Key, Value}, erlts's own implementation.
%%
%% The dictionary is the list itself, sorted by key with no two keys equal (==), so
%% 1 and 1.0 are the same key. Functions that put a key in the dictionary keep the key
%% given in the call (store(1.0, V, [{1, W}]) gives [{1.0, V}]). Lookups walk the list
%% with clauses that compare keys with < and >, so a non-dictionary fails with
%% function_clause in the function (or in its named recursion), and fetch/2, update/3
%% fail with function_clause when the key is missing, as in OTP.
%% The `-file("orddict.erl", N).` lines give map/2 OTP 25's line numbers in stack
%% traces (a fun failing inside them shows the frames BEAM shows; conformance
%% maps/maps_hof_stack_lines). The numbers are facts about OTP's file.
-module(orddict).

-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1]).
-export([fetch/2, find/2, fetch_keys/1, erase/2, take/2]).
-export([store/3, append/3, append_list/3, update/3, update/4, update_counter/3]).
-export([fold/3, map/2, filter/2, merge/3]).

new() -> [].

is_key(Key, [{K, _} | _]) when Key < K -> false;
is_key(Key, [{K, _} | D]) when Key > K -> is_key(Key, D);
is_key(_, [{_, _} | _]) -> true;
is_key(_, []) -> false.

to_list(D) -> D.

%% Later pairs win over earlier ones with an equal key: reverse, then a unique key sort
%% (which keeps the first of equal keys).
from_list([]) -> [];
from_list([{_, _}] = D) -> D;
from_list(Pairs) -> lists:ukeysort(1, reverse_pairs(Pairs, [])).

reverse_pairs([{_, _} = P | Ps], Acc) -> reverse_pairs(Ps, [P | Acc]);
reverse_pairs([], Acc) -> Acc.

size(D) -> length(D).

is_empty([]) -> true;
is_empty([_ | _]) -> false.

fetch(Key, [{K, _} | D]) when Key > K -> fetch(Key, D);
fetch(Key, [{K, V} | _]) when Key == K -> V.

find(Key, [{K, _} | _]) when Key < K -> error;
find(Key, [{K, _} | D]) when Key > K -> find(Key, D);
find(_, [{_, V} | _]) -> {ok, V};
find(_, []) -> error.

fetch_keys([{K, _} | D]) -> [K | fetch_keys(D)];
fetch_keys([]) -> [].

erase(Key, [{K, _} = P | D]) when Key < K -> [P | D];
erase(Key, [{K, _} = P | D]) when Key > K -> [P | erase(Key, D)];
erase(_, [{_, _} | D]) -> D;
erase(_, []) -> [].

take(Key, D) -> take_1(Key, D, []).

take_1(Key, [{K, _} | _], _) when Key < K -> error;
take_1(Key, [{K, _} = P | D], Seen) when Key > K -> take_1(Key, D, [P | Seen]);
take_1(_, [{_, V} | D], Seen) -> {V, lists:reverse(Seen, D)};
take_1(_, [], _) -> error.

store(Key, V, [{K, _} | _] = D) when Key < K -> [{Key, V} | D];
store(Key, V, [{K, _} = P | D]) when Key > K -> [P | store(Key, V, D)];
store(Key, V, [{_, _} | D]) -> [{Key, V} | D];
store(Key, V, []) -> [{Key, V}].

append(Key, V, [{K, _} | _] = D) when Key < K -> [{Key, [V]} | D];
append(Key, V, [{K, _} = P | D]) when Key > K -> [P | append(Key, V, D)];
append(Key, V, [{_, Old} | D]) -> [{Key, Old ++ [V]} | D];
append(Key, V, []) -> [{Key, [V]}].

append_list(Key, Vs, [{K, _} | _] = D) when Key < K -> [{Key, Vs} | D];
append_list(Key, Vs, [{K, _} = P | D]) when Key > K -> [P | append_list(Key, Vs, D)];
append_list(Key, Vs, [{_, Old} | D]) -> [{Key, Old ++ Vs} | D];
append_list(Key, Vs, []) -> [{Key, Vs}].

update(Key, Fun, [{K, _} = P | D]) when Key > K -> [P | update(Key, Fun, D)];
update(Key, Fun, [{K, V} | D]) when Key == K -> [{Key, Fun(V)} | D].

update(Key, _, Init, [{K, _} | _] = D) when Key < K -> [{Key, Init} | D];
update(Key, Fun, Init, [{K, _} = P | D]) when Key > K -> [P | update(Key, Fun, Init, D)];
update(Key, Fun, _, [{_, V} | D]) -> [{Key, Fun(V)} | D];
update(Key, _, Init, []) -> [{Key, Init}].

update_counter(Key, N, [{K, _} | _] = D) when Key < K -> [{Key, N} | D];
update_counter(Key, N, [{K, _} = P | D]) when Key > K -> [P | update_counter(Key, N, D)];
update_counter(Key, N, [{_, V} | D]) -> [{Key, V + N} | D];
update_counter(Key, N, []) -> [{Key, N}].

%% The higher-order functions check the fun only when they reach the end of the list;
%% before that a non-fun fails when it is called (badfun).
fold(F, Acc, [{K, V} | D]) -> fold(F, F(K, V, Acc), D);
fold(F, Acc, []) when is_function(F, 3) -> Acc.

-file("orddict.erl", 218).
map(F, [{K, V} | D]) -> [{K, F(K, V)} | map(F, D)];
map(F, []) when is_function(F, 2) -> [].

filter(F, [{K, V} = P | D]) ->
    case F(K, V) of
        true -> [P | filter(F, D)];
        false -> filter(F, D)
    end;
filter(F, []) when is_function(F, 2) -> [].

merge(F, [{K1, _} = P1 | D1], [{K2, _} | _] = D2) when K1 < K2 ->
    [P1 | merge(F, D1, D2)];
merge(F, [{K1, _} | _] = D1, [{K2, _} = P2 | D2]) when K1 > K2 ->
    [P2 | merge(F, D1, D2)];
merge(F, [{K, V1} | D1], [{_, V2} | D2]) ->
    [{K, F(K, V1, V2)} | merge(F, D1, D2)];
merge(F, [], D2) when is_function(F, 3) -> D2;
merge(F, D1, []) when is_function(F, 3) -> D1.

%% proplists: property lists, erlts's own implementation.
%%
%% A property list holds entries that are either an atom A (short for {A, true}) or a
%% tuple whose first element is the key; anything else is ignored. Keys match exactly
%% (=:=). Each function walks the list with clauses for [P | Ps] and [], so a non-list
%% fails with function_clause in that function, as in OTP.
%%
-module(proplists).

-export([property/1, property/2, unfold/1, compact/1, lookup/2, lookup_all/2,
         is_defined/2, get_value/2, get_value/3, get_all_values/2, append_values/2,
         get_bool/2, delete/2, substitute_aliases/2, substitute_negations/2,
         split/2, to_map/1, to_map/2, from_map/1, get_keys/1, expand/2, normalize/2]).

%% What entry P says about Key: no (not an entry for Key), atom (the atom Key itself),
%% or the tuple.
-define(IS_KEY_ATOM(P, Key), is_atom(P), P =:= Key).
-define(IS_KEY_TUPLE(P, Key), tuple_size(P) >= 1, element(1, P) =:= Key).

property({Key, true}) when is_atom(Key) -> Key;
property(P) -> P.

property(Key, true) when is_atom(Key) -> Key;
property(Key, Value) -> {Key, Value}.

unfold([P | Ps]) when is_atom(P) -> [{P, true} | unfold(Ps)];
unfold([P | Ps]) -> [P | unfold(Ps)];
unfold([]) -> [].

compact(Ps) -> [property(P) || P <- Ps].

lookup(Key, [P | _]) when ?IS_KEY_ATOM(P, Key) -> {Key, true};
lookup(Key, [P | _]) when ?IS_KEY_TUPLE(P, Key) -> P;
lookup(Key, [_ | Ps]) -> lookup(Key, Ps);
lookup(_, []) -> none.

lookup_all(Key, [P | Ps]) when ?IS_KEY_ATOM(P, Key) -> [{Key, true} | lookup_all(Key, Ps)];
lookup_all(Key, [P | Ps]) when ?IS_KEY_TUPLE(P, Key) -> [P | lookup_all(Key, Ps)];
lookup_all(Key, [_ | Ps]) -> lookup_all(Key, Ps);
lookup_all(_, []) -> [].

is_defined(Key, [P | _]) when ?IS_KEY_ATOM(P, Key) -> true;
is_defined(Key, [P | _]) when ?IS_KEY_TUPLE(P, Key) -> true;
is_defined(Key, [_ | Ps]) -> is_defined(Key, Ps);
is_defined(_, []) -> false.

get_value(Key, List) -> get_value(Key, List, undefined).

%% The first entry for Key decides, even when it is not a pair.
get_value(Key, [P | _], _) when ?IS_KEY_ATOM(P, Key) -> true;
get_value(Key, [P | _], Default) when ?IS_KEY_TUPLE(P, Key) ->
    case P of
        {_, V} -> V;
        _ -> Default
    end;
get_value(Key, [_ | Ps], Default) -> get_value(Key, Ps, Default);
get_value(_, [], Default) -> Default.

get_all_values(Key, [P | Ps]) when ?IS_KEY_ATOM(P, Key) -> [true | get_all_values(Key, Ps)];
get_all_values(Key, [{_, V} = P | Ps]) when ?IS_KEY_TUPLE(P, Key) -> [V | get_all_values(Key, Ps)];
get_all_values(Key, [_ | Ps]) -> get_all_values(Key, Ps);
get_all_values(_, []) -> [].

append_values(Key, [P | Ps]) when ?IS_KEY_ATOM(P, Key) -> [true | append_values(Key, Ps)];
append_values(Key, [{_, V} = P | Ps]) when ?IS_KEY_TUPLE(P, Key), is_list(V) -> V ++ append_values(Key, Ps);
append_values(Key, [{_, V} = P | Ps]) when ?IS_KEY_TUPLE(P, Key) -> [V | append_values(Key, Ps)];
append_values(Key, [_ | Ps]) -> append_values(Key, Ps);
append_values(_, []) -> [].

get_bool(Key, [P | _]) when ?IS_KEY_ATOM(P, Key) -> true;
get_bool(Key, [P | _]) when ?IS_KEY_TUPLE(P, Key) -> P =:= {Key, true};
get_bool(Key, [_ | Ps]) -> get_bool(Key, Ps);
get_bool(_, []) -> false.

delete(Key, [P | Ps]) when ?IS_KEY_ATOM(P, Key) -> delete(Key, Ps);
delete(Key, [P | Ps]) when ?IS_KEY_TUPLE(P, Key) -> delete(Key, Ps);
delete(Key, [P | Ps]) -> [P | delete(Key, Ps)];
delete(_, []) -> [].

substitute_aliases(Aliases, Ps) -> [alias(Aliases, P) || P <- Ps].

alias([{Key, New} | _], P) when ?IS_KEY_ATOM(P, Key) -> property(New, true);
alias([{Key, New} | _], P) when ?IS_KEY_TUPLE(P, Key) -> property(setelement(1, P, New));
alias([_ | As], P) -> alias(As, P);
alias([], P) -> P.

substitute_negations(Negs, Ps) -> [negate(Negs, P) || P <- Ps].

%% A negated entry that is not {Key, true} or {Key, false} counts as false, as in
%% get_bool/2, so it becomes true.
negate([{Key, New} | _], P) when ?IS_KEY_ATOM(P, Key) -> property(New, false);
negate([{Key, New} | _], P) when ?IS_KEY_TUPLE(P, Key) -> property(New, P =/= {Key, true});
negate([_ | Ns], P) -> negate(Ns, P);
negate([], P) -> P.

%% {[Entries for each key, in order], Rest}.
split(List, Keys) ->
    {Groups, Rest} = split_1(List, maps:from_list([{K, []} || K <- Keys]), []),
    {[lists:reverse(map_get(K, Groups)) || K <- Keys], lists:reverse(Rest)}.

split_1([P | Ps], Groups, Rest) when is_atom(P) ->
    case Groups of
        #{P := G} -> split_1(Ps, Groups#{P := [P | G]}, Rest);
        #{} -> split_1(Ps, Groups, [P | Rest])
    end;
split_1([P | Ps], Groups, Rest) when tuple_size(P) >= 1 ->
    K = element(1, P),
    case Groups of
        #{K := G} -> split_1(Ps, Groups#{K := [P | G]}, Rest);
        #{} -> split_1(Ps, Groups, [P | Rest])
    end;
split_1([P | Ps], Groups, Rest) ->
    split_1(Ps, Groups, [P | Rest]);
split_1([], Groups, Rest) ->
    {Groups, Rest}.

%% The first entry for a key wins, so the list is folded from its end.
to_map(List) ->
    lists:foldr(fun({K, V}, M) -> M#{K => V};
                   (K, M) when is_atom(K) -> M#{K => true};
                   (T, M) when tuple_size(T) >= 1 -> maps:remove(element(1, T), M);
                   (_, M) -> M
                end, #{}, List).

from_map(Map) -> maps:to_list(Map).

to_map(List, Stages) -> to_map(stages(List, Stages)).

%% The keys, in the order of a (version 1) set of them, as OTP returns them.
get_keys(Ps) -> sets:to_list(keys(Ps, sets:new())).

keys([P | Ps], Set) when is_atom(P) -> keys(Ps, sets:add_element(P, Set));
keys([P | Ps], Set) when tuple_size(P) >= 1 -> keys(Ps, sets:add_element(element(1, P), Set));
keys([_ | Ps], Set) -> keys(Ps, Set);
keys([], Set) -> Set.

normalize(List, Stages) -> compact(stages(List, Stages)).

stages(L, [{aliases, As} | Stages]) -> stages(substitute_aliases(As, L), Stages);
stages(L, [{negations, Ns} | Stages]) -> stages(substitute_negations(Ns, L), Stages);
stages(L, [{expand, Es} | Stages]) -> stages(expand(Es, L), Stages);
stages(L, []) -> L.

%% Each expansion {Property, List} replaces the first entry for the property's key when
%% that entry is the property itself (in its shortest form), and drops the later entries
%% for the key; an entry that says something else about the key stays. Of consecutive
%% expansions for one key only the first counts.
expand(Es, Ps) when is_list(Ps) ->
    Exps = drop_repeated_keys([{property(P), V} || {P, V} <- Es]),
    splice(lists:foldl(fun({P, L}, Acc) -> expand_one(P, L, Acc) end, Ps, Exps)).

drop_repeated_keys([{K, _} = E | Es]) -> [E | drop_repeated_keys(K, Es)];
drop_repeated_keys([]) -> [].

drop_repeated_keys(K, [{K1, _} | Es]) when K1 =:= K -> drop_repeated_keys(K, Es);
drop_repeated_keys(_, [{K1, _} = E | Es]) -> [E | drop_repeated_keys(K1, Es)];
drop_repeated_keys(_, []) -> [].

expand_one(P, L, Ps) when is_atom(P) -> expand_at(P, P, L, Ps);
expand_one(P, L, Ps) when tuple_size(P) >= 1 -> expand_at(element(1, P), P, L, Ps);
expand_one(_, _, Ps) -> Ps.

%% Inserted expansions are lists, which are not entries, so they are passed over.
expand_at(Key, P, L, [E | Es]) when is_atom(E), E =:= Key ->
    found(Key, P, E, L, Es);
expand_at(Key, P, L, [E | Es]) when tuple_size(E) >= 1, element(1, E) =:= Key ->
    found(Key, P, property(E), L, Es);
expand_at(Key, P, L, [E | Es]) ->
    [E | expand_at(Key, P, L, Es)];
expand_at(_, _, _, []) ->
    [].

found(Key, P, E, L, Es) when P =:= E -> [L | delete(Key, Es)];
found(_, _, E, _, Es) -> [E | Es].

splice([E | Es]) when is_list(E) -> E ++ splice(Es);
splice([E | Es]) -> [E | splice(Es)];
splice([]) -> [].

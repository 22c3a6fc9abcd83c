%% lists: list processing, erlts's own implementation.
%%
%% The functions OTP implements as BIFs (reverse/2, member/2, keyfind/3, keymember/3,
%% keysearch/3) are native (runtime/bifs/lists.ts); the code server finds those before
%% this module, and this module calls them remotely.
%%
%% Errors matter as much as results: OTP's lists is plain Erlang, so a bad argument
%% raises function_clause (or badarg, badarith...) in a particular function. The clause
%% structure of each exported function here is chosen so that the same inputs fail the
%% same way in the same exported function (e.g. nth(0, L) has no matching clause, a
%% higher-order function checks is_function(F, Arity) in its head). Internal helpers
%% are named <function>_1 and so on.
%%
%% Sorting is a stable top-down merge sort (OTP's sort/1 is not exactly stable for
%% elements that are == but not =:=, e.g. 1 and 1.0: those may come out in another
%% order than OTP's). A merge takes the left element when the
%% order says left =< right, else the right one, which gives OTP's results both for
%% sort/1 (equal elements keep their order) and for sort/2 with a strict ordering fun
%% (runs of equal elements come out reversed, as OTP's).
%%
%% The `-file("lists.erl", N).` lines before the higher-order functions give the line
%% numbers after them OTP 25's: a fun failing inside lists:map/2 shows
%% `{lists,map_1,2,[{file,"lists.erl"},{line,1320}]}` as on BEAM (conformance
%% lists/lst_hof_stack_lines). The numbers are facts about OTP's file, used as such.
-module(lists).

-export([append/1, append/2, concat/1, delete/2, droplast/1, duplicate/2,
         enumerate/1, enumerate/2, flatlength/1, flatten/1, flatten/2,
         join/2, last/1, min/1, max/1, nth/2, nthtail/2, prefix/2, reverse/1,
         seq/2, seq/3, split/2, sublist/2, sublist/3, subtract/2, suffix/2, sum/1,
         uniq/1, unzip/1, unzip3/1, zip/2, zip3/3]).
-export([keydelete/3, keyreplace/4, keymap/3, keytake/3, keystore/4]).
-export([keymerge/3, keysort/2, ukeymerge/3, ukeysort/2]).
-export([merge/1, merge/2, merge/3, merge3/3, sort/1, sort/2,
         umerge/1, umerge/2, umerge/3, umerge3/3, usort/1, usort/2]).
-export([all/2, any/2, dropwhile/2, filter/2, filtermap/2, flatmap/2,
         foldl/3, foldr/3, foreach/2, map/2, mapfoldl/3, mapfoldr/3,
         partition/2, splitwith/2, takewhile/2, uniq/2, zipwith/3, zipwith3/4]).
-export([zf/2, search/2]).
%% Merges of lists sorted in descending order (exported by OTP for its sort code).
-export([rmerge/2, rmerge/3, rmerge3/3, rkeymerge/3, rumerge/2, rumerge/3, rumerge3/3,
         rukeymerge/3]).

%% ------------------------------------------------------------------ basics

append(L1, L2) -> L1 ++ L2.

append([]) -> [];
append([L]) -> L;
append([L | Ls]) -> L ++ append(Ls).

subtract(L1, L2) -> L1 -- L2.

reverse([] = L) -> L;
reverse([_] = L) -> L;
reverse([X, Y]) -> [Y, X];
reverse([X, Y | Rest]) -> lists:reverse(Rest, [Y, X]).

nth(1, [H | _]) -> H;
nth(N, [_ | T]) when N > 1 -> nth(N - 1, T).

nthtail(1, [_ | T]) -> T;
nthtail(N, [_ | T]) when N > 1 -> nthtail(N - 1, T);
nthtail(0, L) when is_list(L) -> L.

prefix([X | Xs], [X | Ys]) -> prefix(Xs, Ys);
prefix([], L) when is_list(L) -> true;
prefix([_ | _], L) when is_list(L) -> false.

suffix(Suffix, List) ->
    Skip = length(List) - length(Suffix),
    Skip >= 0 andalso nthtail(Skip, List) =:= Suffix.

droplast([_]) -> [];
droplast([H | T]) -> [H | droplast(T)].

last([H | T]) -> last_1(H, T).

last_1(_, [H | T]) -> last_1(H, T);
last_1(X, []) -> X.

seq(From, To) when is_integer(From), is_integer(To), From - 1 =< To ->
    seq_down(To, From, []).

%% Builds [From..X] ++ Acc, counting X down.
seq_down(X, From, Acc) when X >= From -> seq_down(X - 1, From, [X | Acc]);
seq_down(_, _, Acc) -> Acc.

seq(From, To, Step)
  when is_integer(From), is_integer(To), is_integer(Step),
       (Step > 0 andalso From - Step =< To) orelse
       (Step < 0 andalso From - Step >= To) ->
    Count = (To - From + Step) div Step,
    seq_step(Count, From + Step * (Count - 1), Step, []);
seq(X, X, 0) when is_integer(X) ->
    [X];
seq(From, To, Step) ->
    erlang:error(badarg, [From, To, Step],
                 [{error_info, #{module => erl_stdlib_errors}}]).

seq_step(0, _, _, Acc) -> Acc;
seq_step(N, X, Step, Acc) -> seq_step(N - 1, X - Step, Step, [X | Acc]).

sum(L) -> sum_1(L, 0).

sum_1([H | T], Acc) -> sum_1(T, Acc + H);
sum_1([], Acc) -> Acc.

duplicate(N, X) when is_integer(N), N >= 0 -> duplicate_1(N, X, []).

duplicate_1(0, _, Acc) -> Acc;
duplicate_1(N, X, Acc) -> duplicate_1(N - 1, X, [X | Acc]).

min([H | T]) -> min_1(T, H).

min_1([H | T], M) when H < M -> min_1(T, H);
min_1([_ | T], M) -> min_1(T, M);
min_1([], M) -> M.

max([H | T]) -> max_1(T, H).

max_1([H | T], M) when H > M -> max_1(T, H);
max_1([_ | T], M) -> max_1(T, M);
max_1([], M) -> M.

sublist(List, 1, Len) when is_list(List), is_integer(Len), Len >= 0 ->
    sublist(List, Len);
sublist([], Start, _) when is_integer(Start), Start >= 2 ->
    [];
sublist([_ | T], Start, Len) when is_integer(Start), Start >= 2 ->
    sublist(T, Start - 1, Len).

sublist(List, Len) when is_integer(Len), is_list(List) ->
    sublist_2(List, Len).

sublist_2([H | T], N) when N > 0 -> [H | sublist_2(T, N - 1)];
sublist_2(_, 0) -> [];
sublist_2(L, N) when is_list(L), N > 0 -> [].

delete(X, [X | T]) -> T;
delete(X, [H | T]) -> [H | delete(X, T)];
delete(_, []) -> [].

zip([X | Xs], [Y | Ys]) -> [{X, Y} | zip(Xs, Ys)];
zip([], []) -> [].

unzip(Ps) -> unzip_1(Ps, [], []).

unzip_1([{X, Y} | Ps], Xs, Ys) -> unzip_1(Ps, [X | Xs], [Y | Ys]);
unzip_1([], Xs, Ys) -> {reverse(Xs), reverse(Ys)}.

zip3([X | Xs], [Y | Ys], [Z | Zs]) -> [{X, Y, Z} | zip3(Xs, Ys, Zs)];
zip3([], [], []) -> [].

unzip3(Ts) -> unzip3_1(Ts, [], [], []).

unzip3_1([{X, Y, Z} | Ts], Xs, Ys, Zs) -> unzip3_1(Ts, [X | Xs], [Y | Ys], [Z | Zs]);
unzip3_1([], Xs, Ys, Zs) -> {reverse(Xs), reverse(Ys), reverse(Zs)}.

-file("lists.erl", 482).
zipwith(F, [X | Xs], [Y | Ys]) -> [F(X, Y) | zipwith(F, Xs, Ys)];
zipwith(F, [], []) when is_function(F, 2) -> [].

zipwith3(F, [X | Xs], [Y | Ys], [Z | Zs]) -> [F(X, Y, Z) | zipwith3(F, Xs, Ys, Zs)];
zipwith3(F, [], [], []) when is_function(F, 3) -> [].

concat(Things) -> flatmap(fun to_chars/1, Things).

to_chars(X) when is_integer(X) -> integer_to_list(X);
to_chars(X) when is_float(X) -> float_to_list(X);
to_chars(X) when is_atom(X) -> atom_to_list(X);
to_chars(X) when is_list(X) -> X.

flatten(L) when is_list(L) -> flatten_1(L, []).

flatten(L, Tail) when is_list(L), is_list(Tail) -> flatten_1(L, Tail).

flatten_1([H | T], Tail) when is_list(H) -> flatten_1(H, flatten_1(T, Tail));
flatten_1([H | T], Tail) -> [H | flatten_1(T, Tail)];
flatten_1([], Tail) -> Tail.

flatlength(L) -> flatlength_1(L, 0).

flatlength_1([H | T], N) when is_list(H) -> flatlength_1(H, flatlength_1(T, N));
flatlength_1([_ | T], N) -> flatlength_1(T, N + 1);
flatlength_1([], N) -> N.

join(_, []) -> [];
join(Sep, [H | T]) -> [H | join_1(Sep, T)].

join_1(_, []) -> [];
join_1(Sep, [H | T]) -> [Sep, H | join_1(Sep, T)].

enumerate(L) when is_list(L) -> enumerate_1(1, L).

enumerate(I, L) when is_integer(I), is_list(L) -> enumerate_1(I, L).

enumerate_1(I, [H | T]) -> [{I, H} | enumerate_1(I + 1, T)];
enumerate_1(_, []) -> [].

uniq(L) -> uniq_1(L, #{}).

uniq_1([X | Xs], Seen) ->
    case is_map_key(X, Seen) of
        true -> uniq_1(Xs, Seen);
        false -> [X | uniq_1(Xs, Seen#{X => true})]
    end;
uniq_1([], _) -> [].

uniq(F, L) when is_function(F, 1) -> uniq_2(L, F, #{}).

uniq_2([X | Xs], F, Seen) ->
    K = F(X),
    case is_map_key(K, Seen) of
        true -> uniq_2(Xs, F, Seen);
        false -> [X | uniq_2(Xs, F, Seen#{K => true})]
    end;
uniq_2([], _, _) -> [].

%% ---------------------------------------------------------- tuple lists

keydelete(K, N, L) when is_integer(N), N > 0 -> keydelete_1(K, N, L).

keydelete_1(K, N, [H | T]) when element(N, H) == K -> T;
keydelete_1(K, N, [H | T]) -> [H | keydelete_1(K, N, T)];
keydelete_1(_, _, []) -> [].

keyreplace(K, N, L, New) when is_integer(N), N > 0, is_tuple(New) ->
    keyreplace_1(K, N, L, New).

keyreplace_1(K, N, [H | T], New) when element(N, H) == K -> [New | T];
keyreplace_1(K, N, [H | T], New) -> [H | keyreplace_1(K, N, T, New)];
keyreplace_1(_, _, [], _) -> [].

keytake(K, N, L) when is_integer(N), N > 0 -> keysublist_2(K, N, L, []).

keysublist_2(K, N, [H | T], Before) when element(N, H) == K ->
    {value, H, lists:reverse(Before, T)};
keysublist_2(K, N, [H | T], Before) -> keysublist_2(K, N, T, [H | Before]);
keysublist_2(_, _, [], _) -> false.

keystore(K, N, L, New) when is_integer(N), N > 0, is_tuple(New) ->
    keystore_1(K, N, L, New).

keystore_1(K, N, [H | T], New) when element(N, H) == K -> [New | T];
keystore_1(K, N, [H | T], New) -> [H | keystore_1(K, N, T, New)];
keystore_1(_, _, [], New) -> [New].

-file("lists.erl", 983).
keymap(F, N, [T | Ts]) -> [setelement(N, T, F(element(N, T))) | keymap(F, N, Ts)];
keymap(F, N, []) when is_integer(N), N >= 1, is_function(F, 1) -> [].

%% ----------------------------------------------------------------- sorting

sort(L) when is_list(L) ->
    msort(fun(A, B) -> A =< B end, L, length(L)).

sort(F, L) when is_function(F, 2) ->
    msort(F, L, length(L)).

usort(L) when is_list(L) ->
    dedup(sort(L)).

usort(F, L) when is_function(F, 2) ->
    dedup_fun(F, sort(F, L)).

keysort(N, L) when is_integer(N), N > 0 ->
    msort(fun(A, B) -> element(N, A) =< element(N, B) end, L, length(L)).

ukeysort(N, L) when is_integer(N), N > 0 ->
    dedup_key(N, keysort(N, L)).

%% The first Len elements of L, sorted by Le (stable).
msort(_, L, Len) when Len < 2 -> L;
msort(Le, L, Len) ->
    Half = Len div 2,
    {A, B} = split_at(Half, L, []),
    merge_by(Le, msort(Le, A, Half), msort(Le, B, Len - Half)).

split_at(0, L, Acc) -> {lists:reverse(Acc, []), L};
split_at(N, [H | T], Acc) -> split_at(N - 1, T, [H | Acc]).

%% Stable merge: on a tie (Le(A, B) true) the element of the first list goes first.
merge_by(Le, As, Bs) -> lists:reverse(merge_by_1(Le, As, Bs, []), []).

merge_by_1(Le, [A | As] = AL, [B | Bs] = BL, Acc) ->
    case Le(A, B) of
        true -> merge_by_1(Le, As, BL, [A | Acc]);
        false -> merge_by_1(Le, AL, Bs, [B | Acc])
    end;
merge_by_1(_, [], Bs, Acc) -> rev_onto(Bs, Acc);
merge_by_1(_, As, [], Acc) -> rev_onto(As, Acc).

%% Acc is reversed output: push every element of L onto it.
rev_onto([H | T], Acc) -> rev_onto(T, [H | Acc]);
rev_onto([], Acc) -> Acc.

dedup([X | T]) -> [X | dedup_1(X, T)];
dedup([]) -> [].

dedup_1(X, [Y | T]) when X == Y -> dedup_1(X, T);
dedup_1(_, [Y | T]) -> [Y | dedup_1(Y, T)];
dedup_1(_, []) -> [].

dedup_fun(F, [X | T]) -> [X | dedup_fun_1(F, X, T)];
dedup_fun(_, []) -> [].

dedup_fun_1(F, X, [Y | T]) ->
    case F(Y, X) of
        true -> dedup_fun_1(F, X, T);
        false -> [Y | dedup_fun_1(F, Y, T)]
    end;
dedup_fun_1(_, _, []) -> [].

dedup_key(N, [X | T]) -> [X | dedup_key_1(N, element(N, X), T)];
dedup_key(_, []) -> [].

dedup_key_1(N, K, [Y | T]) ->
    case element(N, Y) of
        KY when KY == K -> dedup_key_1(N, K, T);
        KY -> [Y | dedup_key_1(N, KY, T)]
    end;
dedup_key_1(_, _, []) -> [].

merge(L1, L2) -> merge_by(fun(A, B) -> A =< B end, L1, L2).

merge(F, L1, L2) when is_function(F, 2) -> merge_by(F, L1, L2).

merge(Ls) -> foldr(fun(L, Acc) -> merge(L, Acc) end, [], Ls).

merge3(L1, L2, L3) -> merge(L1, merge(L2, L3)).

keymerge(N, L1, L2) when is_integer(N), N > 0 ->
    merge_by(fun(A, B) -> element(N, A) =< element(N, B) end, L1, L2).

%% Unique merges: when the heads are equal the element of the first list is taken and
%% the one of the second list is dropped (duplicates within one list stay).
umerge(L1, L2) ->
    umerge_by(fun(A, B) -> A =< B end, fun(A, B) -> A == B end, L1, L2).

umerge(F, L1, L2) when is_function(F, 2) ->
    umerge_by(F, fun(A, B) -> F(B, A) end, L1, L2).

umerge(Ls) -> foldr(fun(L, Acc) -> umerge(L, Acc) end, [], Ls).

umerge3(L1, L2, L3) -> umerge(L1, umerge(L2, L3)).

ukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    umerge_by(fun(A, B) -> element(N, A) =< element(N, B) end,
              fun(A, B) -> element(N, A) == element(N, B) end, L1, L2).

umerge_by(Le, Eq, As, Bs) -> lists:reverse(umerge_by_1(Le, Eq, As, Bs, []), []).

umerge_by_1(Le, Eq, [A | As] = AL, [B | Bs] = BL, Acc) ->
    case Le(A, B) of
        true ->
            case Eq(A, B) of
                true -> umerge_by_1(Le, Eq, As, Bs, [A | Acc]);
                false -> umerge_by_1(Le, Eq, As, BL, [A | Acc])
            end;
        false -> umerge_by_1(Le, Eq, AL, Bs, [B | Acc])
    end;
umerge_by_1(_, _, [], Bs, Acc) -> rev_onto(Bs, Acc);
umerge_by_1(_, _, As, [], Acc) -> rev_onto(As, Acc).

%% ------------------------------------------------------ higher-order
%% map, foldl, all and any look at the list with a case in the exported function, so a
%% non-list there is a case_clause in that function, as in OTP.

all(P, L) when is_function(P, 1) ->
    case L of
        [H | T] ->
            case P(H) of
                true -> all_1(P, T);
                false -> false
            end;
        [] -> true
    end.

-file("lists.erl", 1274).
all_1(P, [H | T]) ->
    case P(H) of
        true -> all_1(P, T);
        false -> false
    end;
all_1(_, []) -> true.

%% The first element satisfying Pred, as {value, Elem}, or false.
search(Pred, L) when is_function(Pred, 1) -> search_1(Pred, L).

-file("lists.erl", 1530).
search_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> {value, H};
        false -> search_1(Pred, T)
    end;
search_1(_, []) ->
    false.

any(P, L) when is_function(P, 1) ->
    case L of
        [H | T] ->
            case P(H) of
                true -> true;
                false -> any_1(P, T)
            end;
        [] -> false
    end.

-file("lists.erl", 1297).
any_1(P, [H | T]) ->
    case P(H) of
        true -> true;
        false -> any_1(P, T)
    end;
any_1(_, []) -> false.

-file("lists.erl", 1312).
map(F, L) when is_function(F, 1) ->
    case L of
        [H | T] -> [F(H) | map_1(F, T)];
        [] -> []
    end.

-file("lists.erl", 1319).
map_1(F, [H | T]) -> [F(H) | map_1(F, T)];
map_1(_, []) -> [].

flatmap(F, L) when is_function(F, 1) -> flatmap_1(F, L).

-file("lists.erl", 1334).
flatmap_1(F, [H | T]) -> F(H) ++ flatmap_1(F, T);
flatmap_1(_, []) -> [].

-file("lists.erl", 1347).
foldl(F, Acc, L) when is_function(F, 2) ->
    case L of
        [H | T] -> foldl_1(F, F(H, Acc), T);
        [] -> Acc
    end.

-file("lists.erl", 1354).
foldl_1(F, Acc, [H | T]) -> foldl_1(F, F(H, Acc), T);
foldl_1(_, Acc, []) -> Acc.

foldr(F, Acc, L) when is_function(F, 2) -> foldr_1(F, Acc, L).

-file("lists.erl", 1371).
foldr_1(F, Acc, [H | T]) -> F(H, foldr_1(F, Acc, T));
foldr_1(_, Acc, []) -> Acc.

-file("lists.erl", 1382).
filter(P, L) when is_function(P, 1) -> [X || X <- L, P(X)].

partition(P, L) when is_function(P, 1) -> partition_1(P, L, [], []).

-file("lists.erl", 1397).
partition_1(P, [H | T], Yes, No) ->
    case P(H) of
        true -> partition_1(P, T, [H | Yes], No);
        false -> partition_1(P, T, Yes, [H | No])
    end;
partition_1(_, [], Yes, No) -> {reverse(Yes), reverse(No)}.

filtermap(F, L) when is_function(F, 1) -> filtermap_1(F, L).

-file("lists.erl", 1415).
filtermap_1(F, [H | T]) ->
    case F(H) of
        true ->
            [H | filtermap_1(F, T)];
        {true, V} ->
            [V | filtermap_1(F, T)];
        false ->
            filtermap_1(F, T)
    end;
filtermap_1(_, []) -> [].

zf(F, L) -> filtermap(F, L).

foreach(F, L) when is_function(F, 1) -> foreach_1(F, L).

-file("lists.erl", 1441).
foreach_1(F, [H | T]) -> F(H), foreach_1(F, T);
foreach_1(_, []) -> ok.

mapfoldl(F, Acc, L) when is_function(F, 2) -> mapfoldl_1(F, Acc, L).

-file("lists.erl", 1460).
mapfoldl_1(F, Acc0, [H | T]) ->
    {R, Acc1} = F(H, Acc0),
    {Rs, Acc2} = mapfoldl_1(F, Acc1, T),
    {[R | Rs], Acc2};
mapfoldl_1(_, Acc, []) -> {[], Acc}.

mapfoldr(F, Acc, L) when is_function(F, 2) -> mapfoldr_1(F, Acc, L).

-file("lists.erl", 1481).
mapfoldr_1(F, Acc0, [H | T]) ->
    {Rs, Acc1} = mapfoldr_1(F, Acc0, T),
    {R, Acc2} = F(H, Acc1),
    {[R | Rs], Acc2};
mapfoldr_1(_, Acc, []) -> {[], Acc}.

takewhile(P, L) when is_function(P, 1) -> takewhile_1(P, L).

-file("lists.erl", 1497).
takewhile_1(P, [H | T]) ->
    case P(H) of
        true -> [H | takewhile_1(P, T)];
        false -> []
    end;
takewhile_1(_, []) -> [].

dropwhile(P, L) when is_function(P, 1) -> dropwhile_1(P, L).

-file("lists.erl", 1514).
dropwhile_1(P, [H | T] = L) ->
    case P(H) of
        true -> dropwhile_1(P, T);
        false -> L
    end;
dropwhile_1(_, []) -> [].

splitwith(P, L) when is_function(P, 1) -> splitwith_1(P, L, []).

-file("lists.erl", 1548).
splitwith_1(P, [H | T], Taken) ->
    case P(H) of
        true -> splitwith_1(P, T, [H | Taken]);
        false -> {reverse(Taken), [H | T]}
    end;
splitwith_1(_, [], Taken) -> {reverse(Taken), []}.

split(N, L) when is_integer(N), N >= 0, is_list(L) ->
    case split_1(N, L, []) of
        {_, _} = R -> R;
        badarg -> erlang:error(badarg, [N, L])
    end;
split(N, L) ->
    erlang:error(badarg, [N, L]).

split_1(0, L, Acc) -> {lists:reverse(Acc, []), L};
split_1(N, [H | T], Acc) -> split_1(N - 1, T, [H | Acc]);
split_1(_, [], _) -> badarg.

%% ------------------------------------------------------------ descending merges
%% Both lists sorted in descending order; the result is too. Of two elements that
%% compare equal, the second list's comes first; the unique versions keep the first
%% list's and drop the other.

rmerge(L1, L2) -> rmerge_by(fun(A, B) -> A =< B end, L1, L2).

rmerge(F, L1, L2) when is_function(F, 2) -> rmerge_by(F, L1, L2).

rmerge3(L1, L2, L3) -> rmerge(L1, rmerge(L2, L3)).

rkeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    rmerge_by(fun(A, B) -> element(N, A) =< element(N, B) end, L1, L2).

rmerge_by(Le, L1, L2) -> rmerge_by_1(Le, L1, L2, []).

rmerge_by_1(Le, [A | As] = AL, [B | Bs] = BL, Acc) ->
    case Le(A, B) of
        true -> rmerge_by_1(Le, AL, Bs, [B | Acc]);
        false -> rmerge_by_1(Le, As, BL, [A | Acc])
    end;
rmerge_by_1(_, [], Bs, Acc) -> lists:reverse(Acc, Bs);
rmerge_by_1(_, As, [], Acc) -> lists:reverse(Acc, As).

rumerge(L1, L2) -> rumerge_by(fun(A, B) -> A =< B end, L1, L2).

rumerge(F, L1, L2) when is_function(F, 2) -> rumerge_by(F, L1, L2).

rumerge3(L1, L2, L3) -> rumerge(L1, rumerge(L2, L3)).

rukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    rumerge_by(fun(A, B) -> element(N, A) =< element(N, B) end, L1, L2).

rumerge_by(Le, L1, L2) -> rumerge_by_1(Le, L1, L2, []).

rumerge_by_1(Le, [A | As] = AL, [B | Bs] = BL, Acc) ->
    case Le(A, B) of
        false -> rumerge_by_1(Le, As, BL, [A | Acc]);
        true ->
            case Le(B, A) of
                true -> rumerge_by_1(Le, As, Bs, [A | Acc]);
                false -> rumerge_by_1(Le, AL, Bs, [B | Acc])
            end
    end;
rumerge_by_1(_, [], Bs, Acc) -> lists:reverse(Acc, Bs);
rumerge_by_1(_, As, [], Acc) -> lists:reverse(Acc, As).

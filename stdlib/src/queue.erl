%% queue: double-ended FIFO queues, erlts's own implementation.
%%
%% A queue is the pair {Rear, Front}: Front holds the oldest elements, oldest first, and
%% Rear the newest ones, newest first, so the queue in order is Front ++ reverse(Rear).
%% The pair is visible whenever a queue is printed, so every function here builds exactly
%% the pair OTP's queue builds: when one side runs dry the other side is split in half
%% (balance_front/1, balance_rear/1), and a one-element side is handled specially in
%% in/2, in_r/2, out/1 and friends.
%%
%% Bad arguments: a non-queue raises badarg with the function's own arguments
%% (erlang:error/2), taking from an empty queue raises `empty` (get, get_r, drop, drop_r,
%% head and the Okasaki aliases). A predicate that returns something other than what the
%% function accepts raises case_clause.
-module(queue).

-export([new/0, is_queue/1, is_empty/1, len/1, to_list/1, from_list/1, member/2]).
-export([in/2, in_r/2, out/1, out_r/1]).
-export([get/1, get_r/1, peek/1, peek_r/1, drop/1, drop_r/1]).
-export([reverse/1, join/2, split/2, filter/2, filtermap/2, fold/3, any/2, all/2,
         delete/2, delete_r/2, delete_with/2, delete_with_r/2]).
-export([cons/2, head/1, tail/1, snoc/2, last/1, daeh/1, init/1, liat/1, lait/1]).

-define(IS_Q(R, F), is_list(R), is_list(F)).

%% ---- Basic ----------------------------------------------------------------

new() -> {[], []}.

is_queue({R, F}) when ?IS_Q(R, F) -> true;
is_queue(_) -> false.

is_empty({[], []}) -> true;
is_empty({R, F}) when ?IS_Q(R, F) -> false;
is_empty(Q) -> erlang:error(badarg, [Q]).

len({R, F}) when ?IS_Q(R, F) -> length(F) + length(R);
len(Q) -> erlang:error(badarg, [Q]).

to_list({R, F}) when ?IS_Q(R, F) -> F ++ lists:reverse(R, []);
to_list(Q) -> erlang:error(badarg, [Q]).

from_list(L) when is_list(L) -> balance_front(L);
from_list(L) -> erlang:error(badarg, [L]).

member(X, {R, F}) when ?IS_Q(R, F) ->
    case lists:member(X, R) of
        true -> true;
        false -> lists:member(X, F)
    end;
member(X, Q) -> erlang:error(badarg, [X, Q]).

%% ---- Original API -----------------------------------------------------------

in(X, {[Only], []}) -> {[X], [Only]};
in(X, {R, F}) when ?IS_Q(R, F) -> {[X | R], F};
in(X, Q) -> erlang:error(badarg, [X, Q]).

in_r(X, {[], [Only]}) -> {[Only], [X]};
in_r(X, {R, F}) when ?IS_Q(R, F) -> {R, [X | F]};
in_r(X, Q) -> erlang:error(badarg, [X, Q]).

out({[], []} = Q) -> {empty, Q};
out({[Only], []}) -> {{value, Only}, {[], []}};
out({[Newest | Older], []}) ->
    [First | Rest] = lists:reverse(Older, []),
    {{value, First}, {[Newest], Rest}};
out({R, [First]}) when is_list(R) -> {{value, First}, balance_rear(R)};
out({R, [First | Rest]}) when is_list(R) -> {{value, First}, {R, Rest}};
out(Q) -> erlang:error(badarg, [Q]).

out_r({[], []} = Q) -> {empty, Q};
out_r({[], [Only]}) -> {{value, Only}, {[], []}};
out_r({[], [Oldest | Newer]}) ->
    [Last | Rest] = lists:reverse(Newer, []),
    {{value, Last}, {Rest, [Oldest]}};
out_r({[Last], F}) when is_list(F) -> {{value, Last}, balance_front(F)};
out_r({[Last | Rest], F}) when is_list(F) -> {{value, Last}, {Rest, F}};
out_r(Q) -> erlang:error(badarg, [Q]).

%% ---- Less garbage API -------------------------------------------------------

get({[], []} = Q) -> erlang:error(empty, [Q]);
get({R, F}) when ?IS_Q(R, F) -> first(R, F);
get(Q) -> erlang:error(badarg, [Q]).

get_r({[], []} = Q) -> erlang:error(empty, [Q]);
get_r({[Last | _], F}) when is_list(F) -> Last;
get_r({[], [Only]}) -> Only;
get_r({[], [_ | F]}) -> lists:last(F);
get_r(Q) -> erlang:error(badarg, [Q]).

peek({[], []}) -> empty;
peek({R, [First | _]}) when is_list(R) -> {value, First};
peek({[Only], []}) -> {value, Only};
peek({[_ | R], []}) -> {value, lists:last(R)};
peek(Q) -> erlang:error(badarg, [Q]).

peek_r({[], []}) -> empty;
peek_r({[Last | _], F}) when is_list(F) -> {value, Last};
peek_r({[], [Only]}) -> {value, Only};
peek_r({[], [_ | F]}) -> {value, lists:last(F)};
peek_r(Q) -> erlang:error(badarg, [Q]).

drop({[], []} = Q) -> erlang:error(empty, [Q]);
drop({[_], []}) -> {[], []};
drop({[Newest | Older], []}) ->
    [_ | Rest] = lists:reverse(Older, []),
    {[Newest], Rest};
drop({R, [_]}) when is_list(R) -> balance_rear(R);
drop({R, [_ | Rest]}) when is_list(R) -> {R, Rest};
drop(Q) -> erlang:error(badarg, [Q]).

drop_r({[], []} = Q) -> erlang:error(empty, [Q]);
drop_r({[], [_]}) -> {[], []};
drop_r({[], [Oldest | Newer]}) ->
    [_ | Rest] = lists:reverse(Newer, []),
    {Rest, [Oldest]};
drop_r({[_], F}) when is_list(F) -> balance_front(F);
drop_r({[_ | Rest], F}) when is_list(F) -> {Rest, F};
drop_r(Q) -> erlang:error(badarg, [Q]).

%% The oldest element of a non-empty queue (also of one whose front is empty).
first(_, [First | _]) -> First;
first([Only], []) -> Only;
first([_ | R], []) -> lists:last(R).

%% ---- Higher level API -------------------------------------------------------

reverse({R, F}) when ?IS_Q(R, F) -> {F, R};
reverse(Q) -> erlang:error(badarg, [Q]).

join({R, F} = Q, {[], []}) when ?IS_Q(R, F) -> Q;
join({[], []}, {R, F} = Q) when ?IS_Q(R, F) -> Q;
join({R1, F1}, {R2, F2}) when ?IS_Q(R1, F1), ?IS_Q(R2, F2) ->
    {R2, F1 ++ lists:reverse(R1, F2)};
join(Q1, Q2) -> erlang:error(badarg, [Q1, Q2]).

split(0, {R, F} = Q) when ?IS_Q(R, F) -> {{[], []}, Q};
split(N, {R, F} = Q) when is_integer(N), N >= 1, ?IS_Q(R, F) ->
    FrontLen = length(F),
    if
        N < FrontLen ->
            [First | F1] = F,
            split_front(N - 1, F1, [], [First], R);
        N > FrontLen ->
            Keep = length(R) - (N - FrontLen),
            if
                Keep < 0 -> erlang:error(badarg, [N, Q]);
                Keep =:= 0 -> {Q, {[], []}};
                true ->
                    [Newest | R1] = R,
                    split_rear(Keep - 1, R1, [], F, [Newest])
            end;
        true ->
            {balance_front(F), balance_rear(R)}
    end;
split(N, Q) -> erlang:error(badarg, [N, Q]).

%% Moves N more elements from the front list Fs onto the rear of the first queue.
split_front(0, Fs, Rear1, Front1, R) -> {{Rear1, Front1}, {R, Fs}};
split_front(N, [X | Fs], Rear1, Front1, R) ->
    split_front(N - 1, Fs, [X | Rear1], Front1, R).

%% Moves N more elements from the rear list Rs onto the front of the second queue.
split_rear(0, Rs, Front2, F, Rear2) -> {{Rs, F}, {Rear2, Front2}};
split_rear(N, [X | Rs], Front2, F, Rear2) ->
    split_rear(N - 1, Rs, [X | Front2], F, Rear2).

filter(Fun, {R, F}) when is_function(Fun, 1), ?IS_Q(R, F) ->
    F1 = filter_f(Fun, F),
    R1 = filter_r(Fun, R),
    rebuild(R1, F1);
filter(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filter_f(_, []) -> [];
filter_f(Fun, [X | Xs]) ->
    case Fun(X) of
        true -> [X | filter_f(Fun, Xs)];
        false -> filter_f(Fun, Xs);
        [] -> filter_f(Fun, Xs);
        [Y] -> [Y | filter_f(Fun, Xs)];
        Ys when is_list(Ys) -> Ys ++ filter_f(Fun, Xs)
    end.

%% The rear is newest first: the older elements (deeper in the list) are visited first,
%% so Fun sees the elements in queue order.
filter_r(_, []) -> [];
filter_r(Fun, [X | Xs]) ->
    Rest = filter_r(Fun, Xs),
    case Fun(X) of
        true -> [X | Rest];
        false -> Rest;
        [] -> Rest;
        [Y] -> [Y | Rest];
        Ys when is_list(Ys) -> lists:reverse(Ys, Rest)
    end.

filtermap(Fun, {R, F}) when is_function(Fun, 1), ?IS_Q(R, F) ->
    F1 = lists:filtermap(Fun, F),
    R1 = filtermap_r(Fun, R),
    rebuild(R1, F1);
filtermap(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filtermap_r(_, []) -> [];
filtermap_r(Fun, [X | Xs]) ->
    Rest = filtermap_r(Fun, Xs),
    case Fun(X) of
        true -> [X | Rest];
        {true, Y} -> [Y | Rest];
        false -> Rest
    end.

%% A queue from new rear and front lists, rebalanced when one of them is empty.
rebuild([], F) -> balance_front(F);
rebuild(R, []) -> balance_rear(R);
rebuild(R, F) -> {R, F}.

fold(Fun, Acc, {R, F}) when is_function(Fun, 2), ?IS_Q(R, F) ->
    lists:foldr(Fun, lists:foldl(Fun, Acc, F), R);
fold(Fun, Acc, Q) -> erlang:error(badarg, [Fun, Acc, Q]).

any(Pred, {R, F}) when is_function(Pred, 1), ?IS_Q(R, F) ->
    case lists:any(Pred, F) of
        true -> true;
        false -> lists:any(Pred, R)
    end;
any(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

all(Pred, {R, F}) when is_function(Pred, 1), ?IS_Q(R, F) ->
    case lists:all(Pred, F) of
        false -> false;
        true -> lists:all(Pred, R)
    end;
all(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

%% delete/2, delete_with/2: remove the first match in queue order, looking in the front
%% list first and then in the rear list from its oldest end. The _r variants look from
%% the newest end, which is the same search on the reversed queue.
delete(Item, {R, F} = Q) when ?IS_Q(R, F) ->
    Match = fun(X) -> X =:= Item end,
    remove_first(Match, R, F, Q);
delete(Item, Q) -> erlang:error(badarg, [Item, Q]).

delete_r(Item, {R, F}) when ?IS_Q(R, F) ->
    {F1, R1} = delete(Item, {F, R}),
    {R1, F1};
delete_r(Item, Q) -> erlang:error(badarg, [Item, Q]).

delete_with(Pred, {R, F} = Q) when is_function(Pred, 1), ?IS_Q(R, F) ->
    remove_first(Pred, R, F, Q);
delete_with(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

delete_with_r(Pred, {R, F}) when is_function(Pred, 1), ?IS_Q(R, F) ->
    {F1, R1} = delete_with(Pred, {F, R}),
    {R1, F1};
delete_with_r(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

remove_first(Pred, R, F, Q) ->
    case delete_with_front(Pred, F) of
        notfound ->
            case delete_with_rear(Pred, R) of
                notfound -> Q;
                [] -> balance_front(F);
                R1 -> {R1, F}
            end;
        [] -> balance_rear(R);
        F1 -> {R, F1}
    end.

delete_with_front(_, []) -> notfound;
delete_with_front(Pred, [X | Xs]) ->
    case Pred(X) of
        true -> Xs;
        false ->
            case delete_with_front(Pred, Xs) of
                notfound -> notfound;
                Xs1 -> [X | Xs1]
            end
    end.

delete_with_rear(_, []) -> notfound;
delete_with_rear(Pred, [X | Xs]) ->
    case delete_with_rear(Pred, Xs) of
        notfound ->
            case Pred(X) of
                true -> Xs;
                false -> notfound
            end;
        Xs1 -> [X | Xs1]
    end.

%% ---- Okasaki API --------------------------------------------------------------

cons(X, Q) -> in_r(X, Q).

head({[], []} = Q) -> erlang:error(empty, [Q]);
head({R, F}) when ?IS_Q(R, F) -> first(R, F);
head(Q) -> erlang:error(badarg, [Q]).

tail(Q) -> drop(Q).

snoc(Q, X) -> in(X, Q).

daeh(Q) -> get_r(Q).

last(Q) -> get_r(Q).

liat(Q) -> drop_r(Q).

init(Q) -> drop_r(Q).

lait(Q) -> drop_r(Q).

%% ---- Rebalancing ----------------------------------------------------------------

%% A queue holding the elements of L, given oldest first: the older half stays in the
%% front, the newer half goes (reversed) to the rear.
balance_front([]) -> {[], []};
balance_front([A]) -> {[A], []};
balance_front([A, B]) -> {[B], [A]};
balance_front(L) ->
    {Older, Newer} = lists:split(length(L) div 2, L),
    {lists:reverse(Newer, []), Older}.

%% The same for L given newest first (a rear list).
balance_rear([]) -> {[], []};
balance_rear([A]) -> {[], [A]};
balance_rear([B, A]) -> {[B], [A]};
balance_rear(L) ->
    {Newer, Older} = lists:split(length(L) div 2, L),
    {Newer, lists:reverse(Older, [])}.

#!/usr/bin/env escript
-module(rec_trmc_stacks).
-export([main/1]).
-mode(compile).
%% Exercises: stack traces of errors inside list-building body recursions (tail
%% recursion modulo cons): at the first element, deeper, in chains, comprehensions,
%% function_clause of an improper tail, and lists:map/filter from the stdlib

mymap(F, [H | T]) -> [F(H) | mymap(F, T)];
mymap(_, []) -> [].

pairs(F, [H | T]) -> [F(H), H | pairs(F, T)];
pairs(_, []) -> [].

evens([H | T]) when H rem 2 =:= 0 -> [H div 2 | evens(T)];
evens([_ | T]) -> evens(T);
evens([]) -> [].

comp(L) -> [10 div X || X <- L].

comp_filter(L) -> [{X, 10 div (X - 3)} || X <- L, X > 1].

nested(L) -> [[10 div Y || Y <- X] || X <- L].

own(Stack) -> [{F, nofun(A), proplists:get_value(line, Loc)} || {M, F, A, Loc} <- Stack, M =:= ?MODULE].

nofun(Args) when is_list(Args) -> [case is_function(A) of true -> 'F'; false -> A end || A <- Args];
nofun(Arity) -> Arity.

show(Tag, Fun) ->
    try Fun() of
        V -> io:format("~p ok: ~p~n", [Tag, V])
    catch
        Class:Reason:Stack ->
            io:format("~p ~p:~p~n  ~p~n", [Tag, Class, Reason, own(Stack)])
    end.

boom(3) -> error(boom3);
boom(X) -> X * 2.

main(_) ->
    show(first, fun() -> mymap(fun boom/1, [3, 1, 2]) end),
    show(second, fun() -> mymap(fun boom/1, [1, 3, 2]) end),
    show(deep, fun() -> mymap(fun boom/1, lists:seq(4, 20) ++ [3]) end),
    show(ok, fun() -> mymap(fun boom/1, [1, 2]) end),
    show(improper, fun() -> mymap(fun boom/1, [1, 2 | bad]) end),
    show(improper0, fun() -> mymap(fun boom/1, bad) end),
    show(pairs_ok, fun() -> pairs(fun boom/1, [1, 2]) end),
    show(pairs_err, fun() -> pairs(fun boom/1, [1, 2, 3, 4]) end),
    show(evens, fun() -> evens([1, 2, 3, 4, 5, 6]) end),
    show(evens_bad, fun() -> evens([2, 4, x, 6]) end),
    show(evens_improper, fun() -> evens([2, 3 | z]) end),
    show(comp_ok, fun() -> comp([1, 2, 5]) end),
    show(comp_first, fun() -> comp([0, 1]) end),
    show(comp_deep, fun() -> comp([1, 2, 5, 10, 0]) end),
    show(comp_improper, fun() -> comp([1, 2 | 5]) end),
    show(filter_ok, fun() -> comp_filter([1, 2, 4, 5]) end),
    show(filter_err, fun() -> comp_filter([1, 2, 4, 3, 5]) end),
    show(nested_ok, fun() -> nested([[1, 2], [], [5]]) end),
    show(nested_err, fun() -> nested([[1, 2], [5, 0]]) end),
    show(lists_map, fun() -> lists:map(fun boom/1, [1, 2, 3]) end),
    show(lists_filter, fun() -> lists:filter(fun(X) -> X > 1 end, [1, 2, 3 | t]) end),
    show(lists_map_improper, fun() -> lists:map(fun boom/1, [1, 2 | t]) end),
    ok.

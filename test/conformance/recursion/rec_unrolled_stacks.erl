%% Body recursion through small functions (compiled with an unrolled twin, see
%% compiler/js/codegen.ts unrollSelfRecursion): values, and what a failure at every
%% depth shows, with two recursive call sites alternating, as BEAM prints them.
-module(rec_unrolled_stacks).
-export([main/1]).
-mode(compile).

id(X) -> X.

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

%% Fails when N reaches Bad: at depth 0, 1, 2, ... of the recursion.
fibx(N, Bad) when N =:= Bad -> erlang:error({bad, N});
fibx(N, _) when N < 2 -> N;
fibx(N, Bad) -> fibx(N - 1, Bad) + fibx(N - 2, Bad).

%% The second call site fails: `+` on an atom after the first returned.
fiby(N) when N < 2 -> N;
fiby(3) -> fiby(2) + id(oops);
fiby(N) -> fiby(N - 1) + fiby(N - 2).

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

%% function_clause deep inside the recursion.
sum([H | T]) when is_integer(H) -> H + sum(T);
sum([]) -> 0.

tree(0) -> leaf;
tree(D) -> {tree(D - 1), D, tree(D - 1)}.

count(leaf) -> 0;
count({L, _, R}) -> count(L) + 1 + count(R).

%% Suspends (receive) deep inside the recursion.
wait_sum(0) -> receive {add, X} -> X end;
wait_sum(N) -> N + wait_sum(N - 1).

ack(0, N) -> N + 1;
ack(M, 0) -> ack(M - 1, 1);
ack(M, N) -> ack(M - 1, ack(M, N - 1)).

each_bad([]) -> ok;
each_bad([Bad | T]) ->
    show(fun() -> fibx(id(6), Bad) end),
    each_bad(T).

show(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        C:R:S -> io:format("~p:~p~n~p~n", [C, R, S])
    end.

main(_) ->
    show(fun() -> [fib(N) || N <- lists:seq(0, 20)] end),
    each_bad([6, 5, 4, 3, 2]),
    show(fun() -> fiby(id(6)) end),
    show(fun() -> len(lists:seq(1, 100000)) end),
    show(fun() -> sum([1, 2, 3, x, 5]) end),
    show(fun() -> sum(lists:seq(1, 50) ++ [y]) end),
    show(fun() -> count(tree(id(12))) end),
    show(fun() -> ack(2, 3) end),
    Self = self(),
    P = spawn(fun() -> Self ! {sum, wait_sum(1000)} end),
    P ! {add, 7},
    receive {sum, S} -> io:format("wait_sum ~p~n", [S]) end,
    show(fun() -> F = fun fib/1, F(id(15)) end),
    io:format("~p~n", [lists:keyfind(fib, 1, rec_unrolled_stacks:module_info(functions))]),
    io:format("~p~n", [[F || {F, _} = FA <- rec_unrolled_stacks:module_info(functions),
                             lists:prefix("fib", atom_to_list(F)) orelse element(2, FA) > 2]]).

#!/usr/bin/env escript
-module(fn_names_nested).
-export([main/1, foo/4]).
-mode(compile).
%% Exercises: names of comprehension loops and funs nested in generators, templates,
%% call arguments, tuple and list elements, binary comprehensions, `fun f/1`, named
%% funs and record default values (fun_info names, stack traces, module_info).

-record(cfg, {name = fun(X) -> {n, X} end, items = [I * 2 || I <- [1, 2]], size = 3}).

id(X) -> X.
t(boom) -> erlang:error(boom);
t(X) -> X.

names(S) -> [F || {fn_names_nested, F, _, _} <- S, hd(atom_to_list(F)) =:= $-].

run(F) ->
    try F() of V -> {ok, V} catch error:boom:S -> names(S) end.

foo(_, _, _, _) -> ok.

gens(L) -> [{X, Y} || X <- [t(A) || A <- L], Y <- [t(B) || B <- [X]]].

tmpl(L) -> [[t(Y) || Y <- [X]] || X <- L].

args(L) -> foo(fun() -> 1 end, [t(X) || X <- L], fun() -> [Y || Y <- L] end, [t(Z) || Z <- id(L)]).

elems(L) -> {[t(X) || X <- L], [fun() -> Y end || Y <- L], [[t(Z) || Z <- L] | [W || W <- L]]}.

infun(L) -> F = fun() -> [t(X) || X <- L] end, G = fun(M) -> [t(Y) || Y <- M] end, {F(), G(L)}.

funin(L) -> [(fun() -> [t(Y) || Y <- [X]] end)() || X <- L].

bin(L) -> << <<(t(X))>> || X <- [t(Y) || Y <- L] >>.

bin2(B) -> [t(X) || <<X>> <= << <<(t(Y))>> || <<Y>> <= B >>].

refs(L) -> {fun t/1, fun id/1, [t(X) || X <- L], fun erlang:length/1}.

nfun(L) ->
    F = fun Loop([]) -> [];
            Loop([H | T]) -> [t(H) | Loop(T)]
        end,
    G = fun(X) -> [t(Y) || Y <- X] end,
    {[t(Z) || Z <- L], F(L), G(L)}.

rec(L) -> C = #cfg{}, D = #cfg{size = [t(X) || X <- L]}, {C, D}.

main(_) ->
    Fs = [fun() -> gens([boom]) end, fun() -> gens([1]) end, fun() -> tmpl([boom]) end,
          fun() -> args([boom]) end, fun() -> elems([boom]) end, fun() -> infun([boom]) end,
          fun() -> funin([boom]) end, fun() -> bin([boom]) end, fun() -> bin2(<<1>>) end,
          fun() -> refs([boom]) end, fun() -> nfun([boom]) end, fun() -> rec([boom]) end],
    [io:format("~p~n", [run(F)]) || F <- Fs],
    {F1, F2, _, F3} = refs([]),
    {_, Ys, _} = elems([1]),
    io:format("~p~n", [[erlang:fun_info(F, name) || F <- [F1, F2, F3 | Ys]]]),
    {[], [], NF} = {id([]), id([]), fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end},
    io:format("~p ~p~n", [erlang:fun_info(NF, name), NF(5)]),
    {C, _} = rec([]),
    io:format("~p ~p~n", [erlang:fun_info(C#cfg.name, name), C#cfg.items]),
    io:format("~p~n", [?MODULE:module_info(functions)]).

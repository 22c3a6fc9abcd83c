#!/usr/bin/env escript
-module(fn_names_quals).
-export([main/1]).
-mode(compile).
%% Exercises: names and module_info(functions) arities of comprehension loops with
%% filters, several generators, binary generators, funs in generators, funs in funs
%% (inlined by OTP when applied at once), catch, blocks, maps and binaries.

id(X) -> X.
t(boom) -> erlang:error(boom);
t(X) -> X.
names(S) -> [F || {fn_names_quals, F, _, _} <- S, hd(atom_to_list(F)) =:= $-].
run(F) -> try F() of V -> {ok, V} catch error:boom:S -> names(S) end.

filt(L) -> [X || X <- L, lists:member(X, [t(Y) || Y <- L]), X =/= [t(Z) || Z <- L]].
multi(L) -> [{X, Y} || X <- L, Y <- [t(A) || A <- L], t(Y) =/= x].
bcm(B) -> << <<X, Y>> || <<X>> <= B, <<Y>> <= << <<(t(Z))>> || <<Z>> <= B >> >>.
genfun(L) -> [X || X <- (fun() -> [t(Y) || Y <- L] end)()].
genfun2(L) -> F = fun(M) -> M end, [X || X <- F([t(Y) || Y <- L])].
funfun(L) -> F = fun() -> G = fun() -> [t(X) || X <- L] end, G() end, F().
catchy(L) -> case catch [t(X) || X <- L] of {'EXIT', {R, [_, {_, N, _, _} | _]}} -> {R, N}; V -> V end.
blk(L) -> begin A = [t(X) || X <- id([1])], B = [t(Y) || Y <- L], {A, B} end.
mt(L) -> {[t(X) || X <- L], [], #{k => [Y || Y <- L]}, <<(length([t(Z) || Z <- L]))>>}.
ifin(L) -> [if X > 0 -> [t(A) || A <- [X]]; true -> [t(B) || B <- [boom]] end || X <- L].

main(_) ->
    io:format("~p~n", [[run(fun() -> F([boom]) end) || F <- [fun filt/1, fun multi/1, fun genfun/1, fun genfun2/1, fun funfun/1, fun catchy/1, fun blk/1, fun mt/1]]]),
    io:format("~p~n", [[run(fun() -> ifin(A) end) || A <- [[1], [0]]]]),
    io:format("~p~n", [run(fun() -> bcm(<<"boom">>) end)]),
    io:format("~p~n", [?MODULE:module_info(functions)]).

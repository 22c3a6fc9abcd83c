#!/usr/bin/env escript
-module(fn_split_loops).
-export([main/1]).
-mode(compile).
%% A loop applying a fun it passes on unchanged is split into copies, one per group of
%% funs (erlts): many different funs through one local loop and through lists' loops,
%% each failing at a later element with its stack, and long lists (the loop is
%% suspended and resumed in the middle). Bad funs in such loops: fn_loop_apply.erl.

fold(F, Acc, [H | T]) -> fold(F, F(H, Acc), T);
fold(_F, Acc, []) -> Acc.

funs() ->
    [fun(X, A) -> A + X end,
     fun(X, A) -> A * 2 + X end,
     fun(X, A) -> [X | A] end,
     fun(X, A) -> A - X end,
     fun(X, A) -> max(X, A) end,
     fun(X, A) -> {X, A} end,
     fun(X, A) -> A + X * X end,
     fun(X, A) -> (A + X) rem 1000 end,
     fun(X, A) -> A bxor X end,
     fun(X, A) -> [A, X] end,
     fun(X, A) -> A + 1 + X end,
     fun(X, A) -> min(X, A) end].

%% The same fun, failing when it meets 3.
failing(F) -> fun(3, _A) -> erlang:error(three); (X, A) -> F(X, A) end.

show(Label, Fun) ->
    try Fun() of
        V -> io:format("~s: ~P~n", [Label, V, 12])
    catch
        C:R:S -> io:format("~s: ~p:~p~n  ~p~n", [Label, C, R, [{M, F, arity(A)} || {M, F, A, _} <- S]])
    end.

arity(Args) when is_list(Args) -> length(Args);
arity(A) -> A.

main(_) ->
    L = lists:seq(1, 10),
    Long = lists:seq(1, 20000),
    lists:foreach(
      fun({I, F}) ->
              N = integer_to_list(I),
              show("fold " ++ N, fun() -> fold(F, 0, L) end),
              show("foldl " ++ N, fun() -> lists:foldl(F, 0, L) end),
              show("foldr " ++ N, fun() -> lists:foldr(F, 0, L) end),
              show("map " ++ N, fun() -> lists:map(fun(X) -> F(X, 1) end, L) end),
              show("long " ++ N, fun() -> element(1, {fold(F, 0, Long), ok}) end),
              show("fail " ++ N, fun() -> fold(failing(F), 0, L) end),
              show("lfail " ++ N, fun() -> lists:foldl(failing(F), 0, L) end)
      end, lists:zip(lists:seq(1, length(funs())), funs())),
    show("improper", fun() -> fold(hd(funs()), 0, [1, 2 | x]) end),
    show("filter", fun() -> [lists:filter(fun(X) -> X rem K =:= 0 end, L) || K <- [2, 3, 4, 5]] end),
    show("any", fun() -> [lists:any(fun(X) -> X > K end, L) || K <- [5, 10]] end).

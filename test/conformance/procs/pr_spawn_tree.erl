#!/usr/bin/env escript
-module(pr_spawn_tree).
-export([main/1]).
-mode(compile).
%% Exercises: processes that spawn processes: a tree of depth D, results summed up to the root

tree(Parent, 0) ->
    Parent ! {self(), 1};
tree(Parent, D) ->
    Me = self(),
    L = spawn(fun() -> tree(Me, D - 1) end),
    R = spawn(fun() -> tree(Me, D - 1) end),
    A = receive {L, X} -> X end,
    B = receive {R, Y} -> Y end,
    Parent ! {self(), A + B + 1}.

chain(Parent, 0, Acc) -> Parent ! {chain_end, lists:reverse(Acc)};
chain(Parent, N, Acc) ->
    spawn(fun() -> chain(Parent, N - 1, [N | Acc]) end).

main(_) ->
    Me = self(),
    [begin
         P = spawn(fun() -> tree(Me, D) end),
         receive {P, Count} -> io:format("depth ~p: ~p processes~n", [D, Count]) end
     end || D <- [0, 1, 3, 8]],
    spawn(fun() -> chain(Me, 20, []) end),
    receive {chain_end, L} -> io:format("chain ~p~n", [L]) end,
    %% grandchild sends directly to the grandparent
    spawn(fun() -> spawn(fun() -> Me ! {grandchild, self()} end) end),
    receive {grandchild, G} -> io:format("grandchild is pid ~p~n", [is_pid(G)]) end.

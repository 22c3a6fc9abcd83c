#!/usr/bin/env escript
-module(ds_orddict_workflow).
-export([main/1]).
-mode(compile).
%% Exercises: orddict used as a word counter and an index: store/update_counter/append then fold

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Words = id(string:split("the cat and the dog and the bird", " ", all)),
    Counts = lists:foldl(fun(W, D) -> orddict:update_counter(W, 1, D) end, orddict:new(), Words),
    p(Counts),
    Index = lists:foldl(fun({N, W}, D) -> orddict:append(length(W), {N, W}, D) end, orddict:new(),
                        lists:zip(lists:seq(1, length(Words)), Words)),
    p(Index),
    p(orddict:fetch_keys(Index)),
    p(orddict:fold(fun(K, V, Acc) -> Acc + K * length(V) end, 0, Index)),
    p(orddict:to_list(orddict:filter(fun(_, C) -> C > 1 end, Counts))),
    p(orddict:size(Counts)).

#!/usr/bin/env escript
-module(ds_sets_shrink).
-export([main/1]).
-mode(compile).
%% Exercises: sets version 1 contraction: deleting elements until the table is back to one segment

p(X) -> io:format("~w~n", [X]).

main(_) ->
    S = sets:from_list(lists:seq(1, 300)),
    p(setelement(9, setelement(8, S, e), s)),
    Final = lists:foldl(fun(X, Acc) ->
                                A1 = sets:del_element(X, Acc),
                                case X rem 50 of
                                    0 -> p({X, setelement(9, setelement(8, A1, e), s)});
                                    _ -> ok
                                end,
                                A1
                        end, S, lists:seq(300, 5, -1)),
    p(Final),
    p(sets:to_list(Final)),
    p(sets:to_list(sets:add_element(100, Final))).

#!/usr/bin/env escript
-module(ds_sets_layout).
-export([main/1]).
-mode(compile).
%% Exercises: sets version 1 bucket layout after 80, 81 and 200 additions and the order of to_list/fold

p(X) -> io:format("~w~n", [X]).

main(_) ->
    S16 = sets:from_list(lists:seq(1, 16)),
    p(S16),
    p(sets:to_list(S16)),
    S81 = sets:from_list(lists:seq(1, 81)),
    p(S81),
    p(sets:to_list(S81)),
    S200 = sets:from_list(lists:seq(1, 200)),
    p(setelement(9, setelement(8, S200, e), s)),
    p(element(9, S200)),
    p(sets:fold(fun(X, Acc) -> [X | Acc] end, [], S200)),
    Words = sets:from_list([list_to_atom("w" ++ integer_to_list(I)) || I <- lists:seq(1, 90)]),
    p(sets:to_list(Words)).

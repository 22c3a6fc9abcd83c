#!/usr/bin/env escript
-module(ds_dict_shrink).
-export([main/1]).
-mode(compile).
%% Exercises: dict contraction: erasing keys until the table shrinks back to 16 buckets, layouts on the way

p(X) -> io:format("~w~n", [X]).

main(_) ->
    D = lists:foldl(fun(I, Acc) -> dict:store(I, x, Acc) end, dict:new(), lists:seq(1, 120)),
    p(setelement(9, setelement(8, D, e), s)),
    Steps = lists:foldl(fun(K, Acc) ->
                                A1 = dict:erase(K, Acc),
                                case K rem 20 of
                                    0 -> p({K, setelement(9, setelement(8, A1, e), s)});
                                    _ -> ok
                                end,
                                A1
                        end, D, lists:seq(1, 110)),
    p(Steps),
    p(dict:to_list(Steps)),
    %% erasing a missing key still counts toward contraction after a big filter
    F = dict:filter(fun(K, _) -> K > 110 end, D),
    p(setelement(9, setelement(8, F, e), s)),
    F1 = dict:erase(nope, F),
    p(setelement(9, setelement(8, F1, e), s)),
    p(dict:fetch_keys(F1)).

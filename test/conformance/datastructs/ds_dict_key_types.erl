#!/usr/bin/env escript
-module(ds_dict_key_types).
-export([main/1]).
-mode(compile).
%% Exercises: dict with keys of many types (bignums, floats, strings, binaries, tuples, lists): layout and lookups

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Keys = [0, -1, 1.5, -0.25, 123456789012345678901234567890, -98765432109876543210,
            "abc", "", <<"abc">>, <<>>, <<1:4>>, {1, 2}, {}, [a, b | c], atom, 'Quoted atom',
            {nested, [1, {2, "x"}]}, 4294967296, 16#7ffffff, 16#8000000, 3.0e100],
    D = dict:from_list([{K, I} || {K, I} <- lists:zip(Keys, lists:seq(1, length(Keys)))]),
    p(D),
    p(dict:fetch_keys(D)),
    p([dict:fetch(K, D) || K <- Keys]),
    p([dict:is_key(K, D) || K <- [1, 0.0, "abd", <<"ab">>, {1, 2.0}]]),
    D2 = lists:foldl(fun(K, Acc) -> dict:erase(K, Acc) end, D, lists:sublist(Keys, 1, 10)),
    p(dict:to_list(D2)).

#!/usr/bin/env escript
-module(ds_dict_basic).
-export([main/1]).
-mode(compile).
%% Exercises: dict new/store/fetch/find/is_key/size/is_empty/to_list/fetch_keys and the printed record

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D0 = dict:new(),
    p(D0),
    p({dict:size(D0), dict:is_empty(D0), dict:to_list(D0), dict:fetch_keys(D0)}),
    D1 = dict:store(a, 1, D0),
    p(D1),
    D2 = dict:store(b, 2, dict:store(c, 3, D1)),
    p(D2),
    D3 = dict:store(a, 100, D2),
    p(D3),
    p({dict:size(D3), dict:is_empty(D3)}),
    p([dict:fetch(K, D3) || K <- [a, b, c]]),
    p([dict:find(K, D3) || K <- [a, z]]),
    p([dict:is_key(K, D3) || K <- [a, b, c, d]]),
    p(dict:to_list(D3)),
    p(dict:fetch_keys(D3)),
    p(dict:from_list([{x, 1}, {y, 2}, {x, 3}])),
    p(dict:is_key(1.0, dict:from_list([{1, int}]))),
    p(dict:find(1, dict:from_list([{1.0, float}]))),
    p(dict:to_list(dict:from_list([{1, int}, {1.0, float}]))).

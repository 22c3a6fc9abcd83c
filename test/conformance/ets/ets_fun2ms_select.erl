#!/usr/bin/env escript
-module(ets_fun2ms_select).
-export([main/1]).
-mode(compile).
-include_lib("stdlib/include/ms_transform.hrl").
%% Exercises: match specs from ets:fun2ms/1 used with select, select_count, select_delete,
%% select_replace, and outer variables captured at run time.

p(X) -> io:format("~p~n", [X]).

older_than(T, Age) ->
    ets:select(T, ets:fun2ms(fun({Name, A, _}) when A > Age -> Name end)).

main(_) ->
    T = ets:new(people, [ordered_set]),
    ets:insert(T, [{ann, 31, dev}, {bob, 25, ops}, {cid, 47, dev}, {dan, 19, intern}]),
    p(older_than(T, 20)),
    p(older_than(T, 40)),
    p(ets:select(T, ets:fun2ms(fun({N, A, dev}) -> {N, A} end))),
    p(ets:select(T, ets:fun2ms(fun(P = {_, A, _}) when A < 30 -> P end))),
    p(ets:select_count(T, ets:fun2ms(fun({_, _, R}) when R =/= intern -> true end))),
    p(ets:select_replace(T, ets:fun2ms(fun({N, A, R}) when R =:= ops -> {N, A + 1, R} end))),
    p(ets:lookup(T, bob)),
    p(ets:select_delete(T, ets:fun2ms(fun({_, _, intern}) -> true end))),
    p(ets:tab2list(T)),
    Roles = [dev],
    p(ets:select(T, ets:fun2ms(fun({N, _, R}) when R =:= hd(Roles) -> N end))),
    p(ets:select_reverse(T, ets:fun2ms(fun({N, _, _}) -> N end))).

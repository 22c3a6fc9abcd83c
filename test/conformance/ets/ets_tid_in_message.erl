#!/usr/bin/env escript
-module(ets_tid_in_message).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: a table id sent in a message works in the receiving process; a named table is reachable by name everywhere.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Self = self(),
    T = ets:new(t, [public]),
    ets:new(ets_tid_in_message_n, [named_table, public]),
    P = spawn(fun() ->
        receive {tab, Tab} ->
            ets:insert(Tab, {from_child, 1}),
            ets:insert(ets_tid_in_message_n, {child, ets:info(Tab, size)}),
            Self ! {done, ets:lookup(Tab, from_parent), ets:info(Tab, owner) =:= Self}
        end
    end),
    ets:insert(T, {from_parent, 2}),
    P ! {tab, T},
    receive {done, L, O} -> p({L, O}) end,
    p(lists:sort(ets:tab2list(T))),
    p(ets:tab2list(ets_tid_in_message_n)).

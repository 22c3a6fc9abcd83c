#!/usr/bin/env escript
-module(lst_bif_errors).
-export([main/1]).
-mode(compile).
%% The lists functions that are BIFs (reverse/2, member/2, keyfind/3, keymember/3,
%% keysearch/3): their badarg carries erl_stdlib_errors' error_info, a tail call to one
%% keeps the caller's frame, and an uncaught one prints the `*** argument` lines.

id(X) -> X.

member_tail(L) -> lists:member(a, L).
keyfind_tail(P) -> lists:keyfind(a, P, [{a, 1}]).
reverse_body(L) -> R = lists:reverse(L, []), {ok, R}.

show(F) ->
    try F() of
        V -> io:format("~p~n", [V])
    catch
        C:R:S -> [Top, Next | _] = S, io:format("~p:~p~n  ~p~n  ~p~n", [C, R, Top, Next])
    end.

main(_) ->
    show(fun() -> member_tail(id(x)) end),
    show(fun() -> member_tail(id([b | c])) end),
    show(fun() -> member_tail(id([b, a | c])) end),
    show(fun() -> keyfind_tail(id(0)) end),
    show(fun() -> keyfind_tail(id(x)) end),
    show(fun() -> keyfind_tail(id(1)) end),
    show(fun() -> lists:keymember(a, 1, id(x)) end),
    show(fun() -> lists:keysearch(a, 1, id([{b, 1} | c])) end),
    show(fun() -> reverse_body(id([1, 2 | x])) end),
    show(fun() -> reverse_body(id([1, 2])) end),
    lists:keyfind(a, id(0), [{a, 1}]).

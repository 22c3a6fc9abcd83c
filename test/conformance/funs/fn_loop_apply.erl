#!/usr/bin/env escript
-module(fn_loop_apply).
-export([main/1]).
-mode(compile).
%% A loop that applies a fun it passes on unchanged (erlts tests the fun once, before
%% the loop): values, and badfun, badarity, undef and errors inside the fun at the
%% first and at a later element, with their stacks (where they do not involve a bad fun).

id(X) -> X.

fold(_F, Acc, []) -> Acc;
fold(F, Acc, [H | T]) -> fold(F, F(H, Acc), T).

each(_F, []) -> ok;
each(F, [H | T]) -> F(H), each(F, T).

%% F is not passed on unchanged: it alternates with G.
alt(_F, _G, []) -> [];
alt(F, G, [H | T]) -> [F(H) | alt(G, F, T)].

show(F) ->
    try F() of
        V -> io:format("~p~n", [V])
    catch
        %% (BEAM shows the caller of a bad fun twice in some frames and not in others;
        %% and a fun's printed form has a checksum of BEAM's code: neither is printed.)
        C:{badarity, {_, Args}} -> io:format("~p:badarity ~p~n", [C, Args]);
        C:{badfun, _} = R -> io:format("~p:~p~n", [C, R]);
        C:R:S -> io:format("~p:~p~n  ~p~n", [C, R, [{M, Fn, A} || {M, Fn, A, _} <- S, M =:= fn_loop_apply]])
    end.

main(_) ->
    show(fun() -> fold(fun(X, S) -> X + S end, 0, lists:seq(1, 100)) end),
    show(fun() -> fold(fun erlang:'+'/2, 0, lists:seq(1, 10)) end),
    show(fun() -> fold(id(notafun), 0, [1, 2]) end),
    show(fun() -> fold(id(notafun), 0, []) end),
    show(fun() -> fold(fun(X) -> X end, 0, [1, 2]) end),
    show(fun() -> fold(fun nomod:nofun/2, 0, [1]) end),
    show(fun() -> fold(fun(X, S) -> X + S end, 0, [1, 2, a, 4]) end),
    show(fun() -> fold(fun(3, _) -> error(three); (X, S) -> [X | S] end, [], [1, 2, 3, 4]) end),
    show(fun() -> each(fun(X) -> put(last, X) end, [a, b, c]), get(last) end),
    show(fun() -> each(id(fun(X, Y) -> {X, Y} end), [a]) end),
    show(fun() -> alt(fun(X) -> {f, X} end, fun(X) -> {g, X} end, [1, 2, 3]) end),
    show(fun() -> alt(fun(X) -> {f, X} end, id(nofun), [1, 2, 3]) end).

#!/usr/bin/env escript
-module(fn_names_clauses).
-export([main/1]).
-mode(compile).
%% Exercises: names of comprehension loops and funs in case/if/receive/try clauses
%% and function clauses (OTP numbers them in its pattern-match compiler's order).

-record(r, {a = 1, b = fun() -> b end, c = [x || _ <- [1]]}).

id(X) -> X.
t(boom) -> erlang:error(boom);
t(X) -> X.

%% Only the lifted functions' names (OTP drops some frames of ordinary functions).
names(S) -> [F || {fn_names_clauses, F, _, _} <- S, hd(atom_to_list(F)) =:= $-].

run(F) ->
    try F() of V -> {ok, V} catch error:boom:S -> names(S) end.

fc([]) -> [t(X) || X <- id([boom])];
fc({a, L}) -> [t(X) || X <- L];
fc({b, L}) -> {fun() -> [t(Y) || Y <- L] end, [t(Z) || Z <- L]};
fc([H | T]) -> [t(X) || X <- [H | T]];
fc(a) -> [t(X) || X <- id([boom])];
fc(L) -> [t(X) || X <- [L]].

cs(X) ->
    case X of
        {1, L} -> [t(A) || A <- L];
        N when is_integer(N) -> [t(B) || B <- [N, boom]];
        [_ | _] = L -> [t(C) || C <- L];
        {2, L} -> [t(D) || D <- L];
        _ -> [t(E) || E <- [X]]
    end.

ifs(X) ->
    if is_list(X) -> [t(A) || A <- X];
       true -> [t(B) || B <- [X]]
    end.

rcv(X) ->
    self() ! X,
    receive
        {a, L} -> [t(A) || A <- L];
        L when is_list(L) -> [t(B) || B <- L];
        Other -> [t(C) || C <- [Other]]
    after 0 -> [t(D) || D <- [none]]
    end.

tr(X) ->
    try id(X) of
        {a, L} -> [t(A) || A <- L];
        L -> [t(B) || B <- L]
    catch
        throw:{c, L} -> [t(C) || C <- L];
        _:_ -> [t(D) || D <- [boom]]
    end.

main(_) ->
    io:format("~p~n", [[run(fun() -> fc(A) end) || A <- [[], {a, [boom]}, {b, [boom]}, [boom], a, boom]]]),
    {F, _} = fc({b, [1]}),
    io:format("~p ~p~n", [erlang:fun_info(F, name), run(fun() -> (element(1, fc({b, [2]})))() end)]),
    io:format("~p~n", [[run(fun() -> cs(A) end) || A <- [{1, [boom]}, 3, [boom], {2, [boom]}, boom]]]),
    io:format("~p~n", [[run(fun() -> ifs(A) end) || A <- [[boom], boom]]]),
    io:format("~p~n", [[run(fun() -> rcv(A) end) || A <- [{a, [boom]}, [boom], boom]]]),
    io:format("~p~n", [[run(fun() -> tr(A) end) || A <- [{a, [boom]}, [boom]]]]),
    R = #r{},
    io:format("~p ~p~n", [R#r.c, erlang:fun_info(R#r.b, name)]),
    io:format("~p~n", [[X || {X, _} <- ?MODULE:module_info(functions)]]).

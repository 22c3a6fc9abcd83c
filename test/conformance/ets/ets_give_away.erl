#!/usr/bin/env escript
-module(ets_give_away).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: give_away/3: the receiver owns the table and gets {'ETS-TRANSFER', Tab, From, Gift}; errors: not the owner, to itself, a dead process, not a pid.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Self = self(),
    P = spawn(fun() ->
        receive {'ETS-TRANSFER', Tab, From, Gift} ->
            Self ! {got, Tab, From =:= Self, Gift, ets:info(Tab, owner) =:= self()}
        end,
        receive {give_back, To} -> Self ! {back, ets:give_away(ets_give_away_t, To, returned)} end,
        receive stop -> ok end
    end),
    T = ets:new(ets_give_away_t, [named_table]),
    ets:insert(T, {k, v}),
    p(ets:give_away(T, P, gift)),
    receive {got, Tab, FromMe, Gift, Owns} -> p({Tab, FromMe, Gift, Owns}) end,
    p(ets:info(T, owner) =:= P),
    p(e(fun() -> ets:insert(T, {k, 2}) end)),
    p(e(fun() -> ets:give_away(T, self(), x) end)),
    P ! {give_back, self()},
    receive {back, R} -> p(R) end,
    receive {'ETS-TRANSFER', T2, From2, G2} -> p({T2, From2 =:= P, G2}) end,
    p(ets:insert(T, {k, 3})),
    p(e(fun() -> ets:give_away(T, self(), x) end)),
    Dead = spawn(fun() -> ok end),
    M = monitor(process, Dead),
    receive {'DOWN', M, _, _, _} -> ok end,
    p(e(fun() -> ets:give_away(T, Dead, x) end)),
    p(e(fun() -> ets:give_away(T, id(notapid), x) end)),
    p(e(fun() -> ets:give_away(id(nosuch), P, x) end)),
    U = ets:new(u, [private]),
    p(ets:give_away(U, P, unnamed)),
    p(ets:info(U, owner) =:= P),
    P ! stop.

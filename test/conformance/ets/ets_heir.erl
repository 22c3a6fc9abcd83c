#!/usr/bin/env escript
-module(ets_heir).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: {heir, Pid, Data}: when the owner exits the heir owns the table and gets {'ETS-TRANSFER', Tab, FromPid, Data}; the heir option stays.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Self = self(),
    Heir = spawn(fun() ->
        receive {'ETS-TRANSFER', Tab, From, Data} = M ->
            Self ! {heir_got, Tab, From, Data, ets:info(Tab, owner) =:= self(), tuple_size(M)}
        end,
        receive {insert, Obj} -> Self ! {inserted, ets:insert(ets_heir_t, Obj)} end,
        receive stop -> ok end
    end),
    Owner = spawn(fun() ->
        T = ets:new(ets_heir_t, [named_table, {heir, Heir, my_data}]),
        ets:insert(T, {k, 1}),
        Self ! ready,
        receive stop -> ok end
    end),
    receive ready -> ok end,
    p(ets:info(ets_heir_t, heir) =:= Heir),
    p(ets:info(ets_heir_t, owner) =:= Owner),
    Owner ! stop,
    receive {heir_got, Tab, From, Data, IsOwner, Size} ->
        p({Tab, From =:= Owner, Data, IsOwner, Size})
    end,
    p(ets:info(ets_heir_t, owner) =:= Heir),
    p(ets:info(ets_heir_t, heir) =:= Heir),
    p(ets:lookup(ets_heir_t, k)),
    Heir ! {insert, {k, 2}},
    receive {inserted, R} -> p(R) end,
    p(ets:lookup(ets_heir_t, k)),
    M = monitor(process, Heir),
    Heir ! stop,
    receive {'DOWN', M, _, _, _} -> ok end,
    p(ets:info(ets_heir_t)),
    U = spawn(fun() -> T = ets:new(u, [{heir, Self, unnamed}]), Self ! {made, T}, receive stop -> ok end end),
    receive {made, UT} -> ok end,
    U ! stop,
    receive {'ETS-TRANSFER', UT2, UFrom, UData} ->
        p({UT2 =:= UT, UFrom =:= U, UData, ets:info(UT, owner) =:= self()})
    end.

#!/usr/bin/env escript
-module(rg_odd_names).
-export([main/1]).
-mode(compile).
%% Exercises: registering under unusual atoms: quoted, empty, unicode, long; false and true

try_reg(Name, P) ->
    try register(Name, P) of
        true -> {ok, whereis(Name) =:= P, unregister(Name)}
    catch
        C:E -> {C, E}
    end.

main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("~p~n", [try_reg('with space', P)]),
    io:format("~p~n", [try_reg('', P)]),
    io:format("~p~n", [try_reg('Capital', P)]),
    io:format("~p~n", [try_reg(list_to_atom(lists:duplicate(255, $x)), P)]),
    io:format("~p~n", [try_reg('é', P)]),
    io:format("~p~n", [try_reg(true, P)]),
    io:format("~p~n", [try_reg(false, P)]),
    io:format("~p~n", [try_reg(id(undefined), P)]),
    %% send by a quoted name
    true = register('rg on.name', P),
    io:format("~p~n", [lists:member('rg on.name', registered())]),
    'rg on.name' ! stop,
    Ref = monitor(process, P),
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    io:format("freed ~p~n", [whereis('rg on.name')]).

id(X) -> X.

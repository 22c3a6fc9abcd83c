#!/usr/bin/env escript
-module(plib_start_names).
-export([main/1, init/1]).
-mode(compile).
%% Exercises: proc_lib:start_link of a process that registers a name and acks; two
%% starts racing for one name (the second acks {error, ...}); the name after the
%% first dies; init_ack values passed through unchanged

init(Name) ->
    try register(Name, self()) of
        true -> proc_lib:init_ack({ok, self()}), receive stop -> ok end
    catch
        error:badarg -> proc_lib:init_ack({error, {already_registered, Name}})
    end.

main(_) ->
    process_flag(trap_exit, true),
    {ok, P} = proc_lib:start_link(?MODULE, init, [plib_sn]),
    io:format("~p~n", [whereis(plib_sn) =:= P]),
    io:format("~p~n", [proc_lib:start_link(?MODULE, init, [plib_sn])]),
    receive {'EXIT', _, R} -> io:format("EXIT ~p~n", [R]) end,
    P ! stop,
    receive {'EXIT', P, R2} -> io:format("EXIT ~p~n", [R2]) end,
    {ok, P2} = proc_lib:start(?MODULE, init, [plib_sn]),
    io:format("~p~n", [whereis(plib_sn) =:= P2]),
    P2 ! stop,
    ok.

#!/usr/bin/env escript
-module(gs_format_status2).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4, format_status/2]).
-mode(compile).
%% Exercises: the legacy format_status/2: called with normal from sys:get_status and
%% with terminate in the crash report, its result replaces the state part

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    {status, _, _, [_, _, _, _, Misc]} = sys:get_status(P),
    io:format("~p~n", [lists:last(Misc)]),
    Ref = monitor(process, P),
    gen_statem:cast(P, crash),
    receive {'DOWN', Ref, _, _, _} -> timer:sleep(50) end.

init([]) -> {ok, st, dt}.
callback_mode() -> handle_event_function.

handle_event(cast, crash, _, _) -> exit(crashed).

format_status(normal, [_PDict, State, Data]) -> [{data, [{"Custom", {State, Data}}]}];
format_status(terminate, [_PDict, State, Data]) -> {terminating, State, Data}.

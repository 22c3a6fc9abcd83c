#!/usr/bin/env escript
-module(gs_debug_log).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: the sys debug log of a state machine: sys:log/2 get, the {debug, [{log, N}]}
%% start option keeping the last N events, and the "** Log =" part of the crash report

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], [{debug, [{log, 4}]}]),
    gen_statem:cast(P, a),
    gen_statem:cast(P, b),
    io:format("~p~n", [gen_statem:call(P, c)]),
    {ok, Log} = sys:log(P, get),
    io:format("~p~n", [[element(1, E) || E <- Log]]),
    Ref = monitor(process, P),
    gen_statem:cast(P, crash),
    receive {'DOWN', Ref, process, P, {R, _}} -> timer:sleep(50), io:format("down ~p~n", [R]) end.

init([]) -> {ok, s, []}.
callback_mode() -> handle_event_function.

handle_event(cast, crash, _, _) -> error(crashed);
handle_event(cast, X, _, L) -> {keep_state, [X | L]};
handle_event({call, From}, X, _, L) -> {keep_state, [X | L], [{reply, From, L}]}.

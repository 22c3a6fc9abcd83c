#!/usr/bin/env escript
-module(gs_undef_state).
-export([main/1]).
-export([init/1, callback_mode/0, idle/3]).
-mode(compile).
%% Exercises: state_functions with a state that has no function: the report says
%% {'function not exported', {M, F, 3}} and drops the undef frame; the exit reason
%% keeps undef

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Ref = monitor(process, P),
    gen_statem:cast(P, go),
    receive {'DOWN', Ref, process, P, {Reason, [Top | _]}} ->
            timer:sleep(50), io:format("down ~p ~p~n", [Reason, Top])
    end.

init([]) -> {ok, idle, []}.
callback_mode() -> state_functions.

idle(cast, go, D) -> {next_state, nowhere, D, [{next_event, internal, x}]}.

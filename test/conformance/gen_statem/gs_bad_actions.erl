#!/usr/bin/env escript
-module(gs_bad_actions).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: bad transition actions ({bad_action_from_state_function, A}): an unknown
%% action, a reply to something that is not a From, a next_event of an unknown type,
%% a timeout of an unknown type, cancel of an unknown type, a negative bare time; the
%% actions before the bad one have run (the reply is received)

main(_) ->
    register(gs_bad_actions_main, self()),
    [run(A) || A <- [{unknown, action}, {reply, not_from, x}, {next_event, bogus, x},
                     {{bogus, t}, 10, x}, {bogus, cancel}, -1, {postpone, maybe}]],
    ok.

run(Action) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Ref = monitor(process, P),
    gen_statem:cast(P, {actions, [Action]}),
    receive {'DOWN', Ref, process, P, {Reason, _}} -> timer:sleep(50), io:format("down ~p~n", [Reason]) end,
    receive {replied, X} -> io:format("replied ~p~n", [X]) after 0 -> io:format("no reply~n") end.

init([]) -> {ok, s, []}.
callback_mode() -> handle_event_function.

handle_event(cast, {actions, As}, _, _) ->
    %% a reply to the main process, in the form gen:reply/2 sends it
    {keep_state_and_data, [{reply, {whereis(gs_bad_actions_main), replied}, first} | As]}.

#!/usr/bin/env escript
-module(gs_stop_and_reply_bad).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: stop_and_reply with something that is not a reply, or a reply to a bad
%% From: bad_reply_action_from_state_function, reported instead of the stop reason

main(_) ->
    run([{reply, not_a_from, x}]),
    run([{reply, {self(), tag}, ok}, something_else]),
    ok.

run(Replies) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Ref = monitor(process, P),
    gen_statem:cast(P, {quit, Replies}),
    receive {'DOWN', Ref, process, P, {R, _}} -> timer:sleep(50), io:format("down ~p~n", [R]) end,
    receive {tag, Msg} -> io:format("got reply ~p~n", [Msg]) after 0 -> ok end.

init([]) -> {ok, s, []}.
callback_mode() -> handle_event_function.

handle_event(cast, {quit, Replies}, _, _) -> {stop_and_reply, normal, Replies}.

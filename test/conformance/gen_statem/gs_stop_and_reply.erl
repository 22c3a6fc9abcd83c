#!/usr/bin/env escript
-module(gs_stop_and_reply).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4, terminate/3]).
-mode(compile).
%% Exercises: stop_and_reply/3,4: replies are sent (one or a list) before terminate/3;
%% a normal reason gives no report; the caller gets its reply before the DOWN

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Ref = monitor(process, P),
    io:format("reply ~p~n", [gen_statem:call(P, quit)]),
    receive {'DOWN', Ref, process, P, R} -> io:format("down ~p~n", [R]) end,
    {ok, P2} = gen_statem:start(?MODULE, [], []),
    Ref2 = monitor(process, P2),
    Self = self(),
    spawn(fun () -> Self ! {other, gen_statem:call(P2, wait)} end),
    timer:sleep(10),
    io:format("reply ~p~n", [gen_statem:call(P2, quit_all)]),
    receive {other, O} -> io:format("other got ~p~n", [O]) end,
    receive {'DOWN', Ref2, process, P2, R2} -> io:format("down ~p~n", [R2]) end.

init([]) -> {ok, s, []}.
callback_mode() -> handle_event_function.

handle_event({call, From}, quit, _, _) -> {stop_and_reply, normal, {reply, From, bye}};
handle_event({call, From}, wait, _, Waiting) -> {keep_state, [From | Waiting]};
handle_event({call, From}, quit_all, _, Waiting) ->
    {stop_and_reply, {shutdown, done},
     [{reply, From, bye_all} | [{reply, W, released} || W <- Waiting]], final_data}.

terminate(Reason, State, Data) -> io:format("terminate ~p ~p ~p~n", [Reason, State, Data]).

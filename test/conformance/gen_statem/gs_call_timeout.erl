#!/usr/bin/env escript
-module(gs_call_timeout).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: call/3 timeouts: an integer (exit {timeout, {gen_statem, call, [...]}}),
%% {dirty_timeout, T}, {clean_timeout, T}, a bad tuple (badarg); the machine survives
%% and the late reply does not reach the caller's mailbox

main(_) ->
    {ok, P} = gen_statem:start({local, gs_ct}, ?MODULE, [], []),
    show(catch gen_statem:call(P, slow, 10)),
    show(catch gen_statem:call(gs_ct, slow, {dirty_timeout, 10})),
    show(catch gen_statem:call(P, slow, {clean_timeout, 10})),
    show(catch gen_statem:call(P, fast, {clean_timeout, 100})),
    show(catch gen_statem:call(P, fast, {dirty_timeout, infinity})),
    show(catch gen_statem:call(P, fast, {bad, 10})),
    timer:sleep(100),
    io:format("mailbox ~p~n", [process_info(self(), message_queue_len)]),
    io:format("~p~n", [gen_statem:call(P, fast, infinity)]),
    gen_statem:stop(P).

show({'EXIT', {badarg, [{M, F, Args, _} | _]}}) -> io:format("badarg ~p~n", [{M, F, Args}]);
show(X) -> io:format("~p~n", [X]).

init([]) -> {ok, s, []}.
callback_mode() -> handle_event_function.

handle_event({call, From}, slow, _, _) ->
    {keep_state_and_data, [{state_timeout, 30, {reply, From}}]};
handle_event(state_timeout, {reply, From}, _, _) ->
    {keep_state_and_data, [{reply, From, late}]};
handle_event({call, From}, fast, _, _) -> {keep_state_and_data, [{reply, From, quick}]}.

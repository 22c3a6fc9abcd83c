#!/usr/bin/env escript
-module(gs_timeout_abs).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: timeouts with options: {abs, true} at an absolute monotonic time,
%% {abs, false}, a single option not in a list; two options (OTP 25 rejects any list of
%% more than one), a bad option value and a negative relative time are bad actions

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    Now = erlang:monotonic_time(millisecond),
    gen_statem:cast(P, {arm, [{state_timeout, Now + 20, abs20, [{abs, true}]}]}),
    wait(),
    gen_statem:cast(P, {arm, [{{timeout, t}, Now + 10, single, {abs, true}}]}),
    wait(),
    gen_statem:cast(P, {arm, [{timeout, 10, rel, [{abs, false}]}]}),
    wait(),
    gen_statem:cast(P, {arm, [{timeout, 10, opts, [{abs, false}, {abs, true}]}]}),
    wait(),
    bad(P, {timeout, 10, x, [{abs, maybe}]}),
    bad(P, {state_timeout, -5, x}),
    bad(P, {{timeout, n}, -5, x, []}),
    bad(P, {timeout, infinity, x, [{abs, true}, {bad, opt}]}).

wait() ->
    receive {fired, T, C} -> io:format("~p fired: ~p~n", [T, C]) after 500 -> io:format("no timeout~n") end.

bad(_, Action) ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    Ref = monitor(process, P),
    gen_statem:cast(P, {arm, [Action]}),
    receive {'DOWN', Ref, _, _, {Reason, _}} -> timer:sleep(50), io:format("~p~n", [Reason]) end.

init(Parent) -> {ok, s, Parent}.
callback_mode() -> handle_event_function.

handle_event(cast, {arm, Actions}, _, _) -> {keep_state_and_data, Actions};
handle_event(T, C, _, Parent) -> Parent ! {fired, T, C}, keep_state_and_data.

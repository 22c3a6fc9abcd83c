#!/usr/bin/env escript
-module(gs_info_messages).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: messages that are info events: plain terms, a {timeout, Ref, Type} that is
%% not one of the machine's timers, an 'EXIT' from a process that is not the parent,
%% things that look like calls and casts but are not

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    P ! hello,
    P ! {timeout, make_ref(), state_timeout},
    P ! {timeout, make_ref(), t0q},
    P ! {'EXIT', self(), fake},
    P ! {'$gen_call', not_a_from},
    P ! {'$gen_cast', a, b},
    P ! {system, bad},
    timer:sleep(20),
    [io:format("~p~n", [simplify(E)]) || E <- lists:reverse(gen_statem:call(P, log))],
    gen_statem:stop(P).

simplify({timeout, Ref, T}) when is_reference(Ref) -> {timeout, ref, T};
simplify({'EXIT', Pid, R}) when is_pid(Pid) -> {'EXIT', pid, R};
simplify(X) -> X.

init([]) -> {ok, s, []}.
callback_mode() -> handle_event_function.

handle_event(info, Msg, _, L) -> {keep_state, [Msg | L]};
handle_event({call, From}, log, _, L) -> {keep_state_and_data, [{reply, From, L}]}.

#!/usr/bin/env escript
-module(gs_bad_return).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: bad returns from a state callback ({bad_return_from_state_function, R}):
%% an atom, a wrong-size tuple, a list; the error report with OTP's stack

main(_) ->
    [run(R) || R <- [ok, {next_state, s}, [keep_state_and_data], {keep_state, 1, 2, 3}]],
    ok.

run(Ret) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Ref = monitor(process, P),
    gen_statem:cast(P, {return, Ret}),
    receive {'DOWN', Ref, process, P, {Reason, _}} -> timer:sleep(50), io:format("down ~p~n", [Reason]) end.

init([]) -> {ok, s, []}.
callback_mode() -> handle_event_function.

handle_event(cast, {return, Ret}, _, _) -> Ret.

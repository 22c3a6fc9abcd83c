#!/usr/bin/env escript
-module(gs_throw_result).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: a thrown value from a state callback is taken as its return value (a
%% valid one, or a bad return); error and exit classes in the report

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    io:format("~p~n", [gen_statem:call(P, {throw_reply, 1})]),
    io:format("~p~n", [gen_statem:call(P, state)]),
    [run(How) || How <- [throw_bad, exit_it, error_it]],
    ok.

run(How) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Ref = monitor(process, P),
    gen_statem:cast(P, How),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(50), io:format("~p: ~p~n", [How, short(R)]) end.

short({R, [_ | _]}) -> R;
short(R) -> R.

init([]) -> {ok, s, 0}.
callback_mode() -> handle_event_function.

handle_event({call, From}, {throw_reply, N}, _, D) ->
    throw({next_state, thrown, D + N, [{reply, From, thrown_ok}]});
handle_event({call, From}, state, S, D) -> {keep_state_and_data, {reply, From, {S, D}}};
handle_event(cast, throw_bad, _, _) -> throw(not_a_result);
handle_event(cast, exit_it, _, _) -> exit({exited, here});
handle_event(cast, error_it, _, D) -> D + id(an_atom).

id(X) -> X.

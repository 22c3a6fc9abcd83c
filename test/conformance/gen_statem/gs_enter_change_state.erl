#!/usr/bin/env escript
-module(gs_enter_change_state).
-export([main/1]).
-export([init/1, callback_mode/0, one/3, two/3]).
-mode(compile).
%% Exercises: a state enter call may not change state: {next_state, Other, ...} from
%% an enter call is bad_state_enter_return_from_state_function; next_state to the same
%% state is fine

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Ref = monitor(process, P),
    io:format("~p~n", [gen_statem:call(P, where)]),
    gen_statem:cast(P, go),
    receive {'DOWN', Ref, process, P, Reason} -> timer:sleep(50), io:format("down ~p~n", [element(1, Reason)]) end.

init([]) -> {ok, one, 0}.
callback_mode() -> [state_functions, state_enter].

one(enter, _, D) -> {next_state, one, D + 1};
one({call, From}, where, D) -> {keep_state_and_data, {reply, From, {one, D}}};
one(cast, go, D) -> {next_state, two, D}.

two(enter, one, D) -> {next_state, one, D, []}.

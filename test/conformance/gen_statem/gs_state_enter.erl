#!/usr/bin/env escript
-module(gs_state_enter).
-export([main/1]).
-export([init/1, callback_mode/0, a/3, b/3]).
-mode(compile).
%% Exercises: state_enter calls: the first one (OldState =:= State), on every state
%% change, not on keep_state, again on repeat_state; actions from an enter call

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    gen_statem:cast(P, go),
    gen_statem:cast(P, stay),
    gen_statem:cast(P, repeat),
    gen_statem:cast(P, back),
    io:format("log ~p~n", [lists:reverse(gen_statem:call(P, log))]),
    gen_statem:stop(P).

init([]) -> {ok, a, []}.
callback_mode() -> [state_functions, state_enter].

a(enter, Old, L) -> {keep_state, [{enter_a, Old} | L]};
a(cast, go, L) -> {next_state, b, [go | L]};
a({call, From}, log, L) -> {keep_state_and_data, [{reply, From, L}]}.

b(enter, Old, L) -> {keep_state, [{enter_b, Old} | L], [{state_timeout, 1000, t}]};
b(cast, stay, L) -> {keep_state, [stay | L]};
b(cast, repeat, L) -> {repeat_state, [repeat | L]};
b(cast, back, L) -> {next_state, a, [back | L]}.

#!/usr/bin/env escript
-module(gs_return_shapes).
-export([main/1]).
-export([init/1, callback_mode/0, a/3, b/3]).
-mode(compile).
%% Exercises: every non-stop return shape: next_state/3,4, keep_state/1,2,
%% keep_state_and_data/0,1, repeat_state/1,2, repeat_state_and_data/0,1, with enter calls

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    [io:format("~p -> ~p~n", [R, gen_statem:call(P, R)]) ||
        R <- [ns3, ns4, ks1, ks2, ksd0, ksd1, rs1, rs2, rsd0, rsd1, ns_same]],
    io:format("log ~p~n", [lists:reverse(gen_statem:call(P, log))]),
    gen_statem:stop(P).

init([]) -> {ok, a, []}.
callback_mode() -> [state_functions, state_enter].

a(enter, Old, L) -> {keep_state, [{enter, a, Old} | L]};
a({call, From}, R, L) -> handle(From, R, a, L).
b(enter, Old, L) -> {keep_state, [{enter, b, Old} | L]};
b({call, From}, R, L) -> handle(From, R, b, L).

other(a) -> b;
other(b) -> a.

handle(From, log, _, L) -> {keep_state_and_data, [{reply, From, L}]};
handle(From, ns3, S, L) -> gen_statem:reply(From, S), {next_state, other(S), [ns3 | L]};
handle(From, ns4, S, L) -> {next_state, other(S), [ns4 | L], [{reply, From, S}]};
handle(From, ks1, S, L) -> gen_statem:reply(From, S), {keep_state, [ks1 | L]};
handle(From, ks2, S, L) -> {keep_state, [ks2 | L], {reply, From, S}};
handle(From, ksd0, S, _) -> gen_statem:reply(From, S), keep_state_and_data;
handle(From, ksd1, S, _) -> {keep_state_and_data, [{reply, From, S}]};
handle(From, rs1, S, L) -> gen_statem:reply({reply, From, S}), {repeat_state, [rs1 | L]};
handle(From, rs2, S, L) -> {repeat_state, [rs2 | L], [{reply, From, S}]};
handle(From, rsd0, S, _) -> gen_statem:reply([{reply, From, S}]), repeat_state_and_data;
handle(From, rsd1, S, _) -> {repeat_state_and_data, [{reply, From, S}]};
handle(From, ns_same, S, L) -> {next_state, S, [ns_same | L], [{reply, From, S}]}.

#!/usr/bin/env escript
-module(sysm_replace_errors).
-export([main/1, init/0, system_continue/3, system_terminate/4, system_get_state/1,
         system_replace_state/2]).
-mode(compile).
%% Exercises: get_state and replace_state when the callbacks fail: the caller gets
%% error({callback_failed, {Mod, system_get_state}, {Class, Reason}}) and the process
%% keeps running with its state

init() ->
    proc_lib:init_ack({ok, self()}),
    loop(#{n => 1}).

loop(S) ->
    receive {system, From, Req} -> sys:handle_system_msg(Req, From, self(), ?MODULE, [], S) end.

system_continue(_, _, S) -> loop(S).
system_terminate(R, _, _, _) -> exit(R).
system_get_state(#{n := 1}) -> throw(no_state_today);
system_get_state(S) -> {ok, S}.
system_replace_state(F, S) -> S2 = F(S), {ok, S2, S2}.

main(_) ->
    {ok, P} = proc_lib:start(?MODULE, init, []),
    io:format("~p~n", [catch sys:get_state(P)]),
    io:format("~p~n", [sys:replace_state(P, fun(S) -> S#{n := 2} end)]),
    io:format("~p~n", [sys:get_state(P)]),
    {'EXIT', {{callback_failed, Who, {Cl, R}}, _}} = (catch sys:replace_state(P, fun(_) -> exit(nope) end)),
    io:format("~p ~p ~p~n", [Who, Cl, R]),
    io:format("~p~n", [sys:get_state(P)]),
    ok.

#!/usr/bin/env escript
-module(sysm_format_status1).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, format_status/1]).
-mode(compile).
%% Exercises: format_status/1 (a map in, a map out): state and message rewritten in
%% the terminating report and in get_status; results that are not a map or have
%% unknown keys

init(S) -> {ok, S}.
handle_call(crash, _From, S) -> erlang:error({crash, S});
handle_call(_, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
format_status(#{state := {secret, _}} = Status) ->
    maps:map(fun(state, _) -> hidden;
                (message, _) -> hidden_message;
                (_, V) -> V
             end, Status);
format_status(#{state := not_a_map}) -> not_a_map;
format_status(#{state := extra} = S) -> S#{extra_key => 1}.

main(_) ->
    [run(S) || S <- [{secret, 1}, not_a_map, extra]],
    ok.

run(S) ->
    {ok, P} = gen_server:start(?MODULE, S, []),
    {status, _, _, [_, _, _, _, Misc]} = sys:get_status(P),
    io:format("~p~n", [lists:last(Misc)]),
    M = monitor(process, P),
    catch gen_server:call(P, crash),
    receive {'DOWN', M, _, _, _} -> timer:sleep(100) end.

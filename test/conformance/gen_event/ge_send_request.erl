#!/usr/bin/env escript
-module(ge_send_request).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: send_request with wait_response, receive_response, check_response, errors

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, ?MODULE, 5),
    R1 = gen_event:send_request(M, ?MODULE, get),
    io:format("~p~n", [gen_event:wait_response(R1, 1000)]),
    R2 = gen_event:send_request(M, ?MODULE, {add, 2}),
    io:format("~p~n", [gen_event:receive_response(R2, infinity)]),
    R3 = gen_event:send_request(M, nobody, get),
    io:format("~p~n", [gen_event:receive_response(R3, 1000)]),
    R4 = gen_event:send_request(M, ?MODULE, get),
    Msg = receive Any -> Any end,
    io:format("~p~n", [gen_event:check_response(Msg, R4)]),
    R5 = gen_event:send_request(M, ?MODULE, {sleep, 200}),
    io:format("~p~n", [gen_event:wait_response(R5, 10)]),
    io:format("~p~n", [gen_event:wait_response(R5, 1000)]),
    R6 = gen_event:send_request(M, ?MODULE, {sleep, 100}),
    io:format("~p~n", [gen_event:receive_response(R6, 10)]),
    io:format("~p~n", [gen_event:check_response(not_a_reply, R2)]),
    ok = gen_event:stop(M),
    R7 = gen_event:send_request(M, ?MODULE, get),
    {error, {noproc, M2}} = gen_event:receive_response(R7, 1000),
    io:format("noproc ~p~n", [M2 =:= M]),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call(get, S) -> {ok, S, S};
handle_call({add, N}, S) -> {ok, S + N, S + N};
handle_call({sleep, T}, S) -> timer:sleep(T), {ok, slept, S}.

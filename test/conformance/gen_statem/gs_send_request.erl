#!/usr/bin/env escript
-module(gs_send_request).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: send_request/2 with wait_response/1,2, receive_response/1,2 and
%% check_response/2; timeouts; {error, {Reason, ServerRef}} when the machine dies

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    R1 = gen_statem:send_request(P, {echo, 1}),
    io:format("wait ~p~n", [gen_statem:wait_response(R1)]),
    R2 = gen_statem:send_request(P, {echo, 2}),
    io:format("receive ~p~n", [gen_statem:receive_response(R2, 1000)]),
    R3 = gen_statem:send_request(P, {slow, 3}),
    io:format("wait short ~p~n", [gen_statem:wait_response(R3, 10)]),
    io:format("wait again ~p~n", [gen_statem:wait_response(R3, 1000)]),
    R4 = gen_statem:send_request(P, {slow, 4}),
    io:format("receive short ~p~n", [gen_statem:receive_response(R4, 10)]),
    timer:sleep(60),
    io:format("abandoned reply dropped ~p~n", [process_info(self(), message_queue_len)]),
    R5 = gen_statem:send_request(P, {echo, 5}),
    Msg = receive M -> M end,
    io:format("check other ~p~n", [gen_statem:check_response(not_a_reply, R5)]),
    io:format("check ~p~n", [gen_statem:check_response(Msg, R5)]),
    R6 = gen_statem:send_request(P, die),
    io:format("dead ~p~n", [gen_statem:receive_response(R6)]),
    R7 = gen_statem:send_request(P, {echo, 7}),
    io:format("noproc ~p~n", [gen_statem:wait_response(R7, 100)]).

init([]) -> {ok, s, []}.
callback_mode() -> handle_event_function.

handle_event({call, From}, {echo, X}, _, _) -> {keep_state_and_data, [{reply, From, {echo, X}}]};
handle_event({call, From}, {slow, X}, _, _) -> {keep_state_and_data, [{{timeout, X}, 40, From}]};
handle_event({timeout, X}, From, _, _) -> {keep_state_and_data, [{reply, From, {slow, X}}]};
handle_event({call, _}, die, _, _) -> {stop, normal}.

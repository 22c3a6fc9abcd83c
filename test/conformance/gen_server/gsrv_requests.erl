#!/usr/bin/env escript
-module(gsrv_requests).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: send_request/2, wait_response/2, receive_response/2, check_response/2;
%% request id collections (reqids_new/add/size/to_list, send_request/4,
%% wait_response/3, receive_response/3, check_response/3); a dead server; timeouts

init(S) -> {ok, S}.
handle_call({echo, X}, _From, S) -> {reply, {echo, X}, S};
handle_call({slow, T}, _From, S) -> timer:sleep(T), {reply, slow_done, S};
handle_call(die, _From, _S) -> exit(died).
handle_cast(_, S) -> {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, s, []),
    R1 = gen_server:send_request(P, {echo, 1}),
    io:format("~p~n", [gen_server:wait_response(R1, 1000)]),
    R2 = gen_server:send_request(P, {echo, 2}),
    io:format("~p~n", [gen_server:receive_response(R2, infinity)]),
    R3 = gen_server:send_request(P, {echo, 3}),
    Msg = receive M -> M end,
    io:format("~p ~p~n", [gen_server:check_response(Msg, R3), gen_server:check_response(other, R3)]),
    R4 = gen_server:send_request(P, {slow, 100}),
    io:format("~p~n", [gen_server:wait_response(R4, 10)]),
    io:format("~p~n", [gen_server:wait_response(R4, 1000)]),
    R5 = gen_server:send_request(P, {slow, 100}),
    io:format("~p~n", [gen_server:receive_response(R5, 10)]),
    timer:sleep(150),
    io:format("queue ~p~n", [process_info(self(), message_queue_len)]),
    C0 = gen_server:reqids_new(),
    C1 = gen_server:send_request(P, {echo, a}, label_a, C0),
    C2 = gen_server:send_request(P, {echo, b}, label_b, C1),
    io:format("size ~p~n", [gen_server:reqids_size(C2)]),
    {Res1, Lab1, C3} = gen_server:wait_response(C2, 1000, true),
    {Res2, Lab2, C4} = gen_server:receive_response(C3, 1000, true),
    io:format("~p~n", [lists:sort([{Lab1, Res1}, {Lab2, Res2}])]),
    io:format("~p ~p~n", [gen_server:reqids_size(C4), gen_server:wait_response(C4, 10, true)]),
    R6 = gen_server:send_request(P, {echo, c}),
    C5 = gen_server:reqids_add(R6, label_c, gen_server:reqids_new()),
    io:format("~p~n", [[L || {_, L} <- gen_server:reqids_to_list(C5)]]),
    Msg6 = receive M6 -> M6 end,
    io:format("~p~n", [gen_server:check_response(Msg6, C5, false)]),
    R7 = gen_server:send_request(P, die),
    {error, {died, Obj}} = gen_server:wait_response(R7, 1000),
    timer:sleep(50),
    io:format("died ~p~n", [Obj =:= P]),
    R8 = gen_server:send_request(gsrv_requests_none, x),
    io:format("~p~n", [gen_server:receive_response(R8, 100)]),
    io:format("~p~n", [catch gen_server:reqids_size(not_a_map)]),
    ok.

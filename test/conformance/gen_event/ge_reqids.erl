#!/usr/bin/env escript
-module(ge_reqids).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: request id collections: send_request/5, receive_response/3, wait_response/3, check_response/3

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, ?MODULE, 0),
    C0 = gen_event:reqids_new(),
    io:format("~p~n", [gen_event:reqids_size(C0)]),
    C1 = gen_event:send_request(M, ?MODULE, {add, 1}, first, C0),
    C2 = gen_event:send_request(M, ?MODULE, {add, 10}, second, C1),
    C3 = gen_event:send_request(M, nobody, get, third, C2),
    io:format("~p~n", [gen_event:reqids_size(C3)]),
    io:format("~p~n", [lists:sort([L || {_, L} <- gen_event:reqids_to_list(C3)])]),
    {R1, L1, C4} = gen_event:receive_response(C3, 1000, true),
    io:format("~p ~p ~p~n", [R1, L1, gen_event:reqids_size(C4)]),
    {R2, L2, C5} = gen_event:wait_response(C4, 1000, false),
    io:format("~p ~p ~p~n", [R2, L2, gen_event:reqids_size(C5)]),
    Msg = receive Any -> Any end,
    {R3, L3, C6} = gen_event:check_response(Msg, C5, true),
    io:format("~p ~p ~p~n", [R3, L3, gen_event:reqids_size(C6)]),
    io:format("~p~n", [gen_event:check_response(not_a_reply, C6, true)]),
    ReqId = gen_event:send_request(M, ?MODULE, get),
    C7 = gen_event:reqids_add(ReqId, added, C6),
    io:format("~p~n", [gen_event:reqids_size(C7)]),
    {R4, L4, C8} = gen_event:receive_response(C7, 1000, true),
    io:format("~p ~p ~p~n", [R4, L4, gen_event:reqids_size(C8)]),
    io:format("~p~n", [e(catch gen_event:reqids_size(not_a_collection))]),
    io:format("~p~n", [e(catch gen_event:reqids_add(not_a_ref, x, C8))]),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call(get, S) -> {ok, S, S};
handle_call({add, N}, S) -> {ok, S + N, S + N}.

%% the error and the function it was raised in (arity only: the arguments hold refs)
e({'EXIT', {R, [{Mod, F, A, _} | _]}}) -> {R, {Mod, F, length(A)}};
e(Other) -> Other.

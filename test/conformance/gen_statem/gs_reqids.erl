#!/usr/bin/env escript
-module(gs_reqids).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: request id collections: reqids_new/size/add/to_list, send_request/4,
%% wait_response/3, receive_response/3 and check_response/3 with and without delete,
%% no_request on an empty collection

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    C0 = gen_statem:reqids_new(),
    io:format("size ~p~n", [gen_statem:reqids_size(C0)]),
    C1 = gen_statem:send_request(P, {echo, a}, label_a, C0),
    C2 = gen_statem:send_request(P, {echo, b}, label_b, C1),
    R = gen_statem:send_request(P, {echo, c}),
    C3 = gen_statem:reqids_add(R, label_c, C2),
    io:format("size ~p labels ~p~n", [gen_statem:reqids_size(C3), lists:sort([L || {_, L} <- gen_statem:reqids_to_list(C3)])]),
    {Resp1, Label1, C4} = gen_statem:wait_response(C3, 1000, true),
    io:format("~p ~p size ~p~n", [Resp1, Label1, gen_statem:reqids_size(C4)]),
    {Resp2, Label2, C5} = gen_statem:receive_response(C4, 1000, false),
    io:format("~p ~p size ~p~n", [Resp2, Label2, gen_statem:reqids_size(C5)]),
    Msg = receive M -> M end,
    {Resp3, Label3, C6} = gen_statem:check_response(Msg, C5, true),
    io:format("~p ~p size ~p~n", [Resp3, Label3, gen_statem:reqids_size(C6)]),
    io:format("~p~n", [gen_statem:wait_response(gen_statem:reqids_new(), 10, true)]),
    io:format("~p~n", [gen_statem:receive_response(gen_statem:reqids_new(), 10, true)]),
    io:format("~p~n", [gen_statem:check_response(x, gen_statem:reqids_new(), true)]),
    {'EXIT', {badarg, [Top | _]}} = (catch gen_statem:reqids_size(not_a_collection)),
    io:format("~p~n", [Top]),
    {'EXIT', {badarg, [Top3 | _]}} = (catch gen_statem:call(P, x, {bad, timeout})),
    io:format("~p~n", [Top3]),
    gen_statem:stop(P).

init([]) -> {ok, s, []}.
callback_mode() -> handle_event_function.

handle_event({call, From}, {echo, X}, _, _) -> {keep_state_and_data, [{reply, From, X}]}.

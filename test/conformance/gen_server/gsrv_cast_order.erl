#!/usr/bin/env escript
-module(gsrv_cast_order).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).
-mode(compile).
%% Exercises: many clients casting and calling one server: each client's messages
%% are handled in the order sent; the server's final state; a server that calls
%% another server from a callback

init(S) -> {ok, S}.
handle_call({relay, Other, Req}, _From, S) -> {reply, gen_server:call(Other, Req), S};
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast({add, Who, N}, S) -> {noreply, S#{Who => [N | maps:get(Who, S, [])]}}.
handle_info(_, S) -> {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, #{}, []),
    Self = self(),
    Clients = [spawn(fun() ->
                             [gen_server:cast(P, {add, W, N}) || N <- lists:seq(1, 20)],
                             Self ! {done, W}
                     end) || W <- [a, b, c]],
    [receive {done, W} -> ok end || W <- [a, b, c]],
    S = gen_server:call(P, get),
    io:format("~p~n", [[{W, lists:reverse(L) =:= lists:seq(1, 20)} || {W, L} <- lists:sort(maps:to_list(S))]]),
    io:format("~p~n", [length(Clients)]),
    {ok, P2} = gen_server:start(?MODULE, #{other => true}, []),
    io:format("~p~n", [gen_server:call(P2, {relay, P, get}) =:= S]),
    ok.

#!/usr/bin/env escript
-module(ge_two_managers).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: one handler module in two managers, events from several senders keep each sender's order

main(_) ->
    {ok, A} = gen_event:start({local, ge_two_managers_a}),
    {ok, B} = gen_event:start({local, ge_two_managers_b}),
    ok = gen_event:add_handler(A, ?MODULE, a),
    ok = gen_event:add_handler(B, ?MODULE, b),
    ok = gen_event:add_handler(B, {?MODULE, forward}, {forward, A}),
    Self = self(),
    Senders = [spawn(fun() ->
                         [gen_event:notify(B, {N, I}) || I <- lists:seq(1, 5)],
                         Self ! {sent, N}
                     end) || N <- [s1, s2, s3]],
    [receive {sent, N} -> ok end || N <- [s1, s2, s3]],
    io:format("~p senders~n", [length(Senders)]),
    ok = gen_event:sync_notify(B, last),
    ok = gen_event:sync_notify(A, last),
    EvA = gen_event:call(A, ?MODULE, events),
    EvB = gen_event:call(B, ?MODULE, events),
    io:format("~p ~p~n", [length(EvA), length(EvB)]),
    [io:format("~p: ~p~n", [N, [I || {N1, I} <- EvB, N1 =:= N]]) || N <- [s1, s2, s3]],
    io:format("~p~n", [lists:last(EvA)]),
    io:format("~p~n", [EvA -- [{forwarded, E} || E <- EvB]]),
    ok = gen_event:stop(B),
    ok = gen_event:stop(A),
    io:format("done~n").

init({forward, To}) -> {ok, {forward, To}};
init(Name) -> {ok, {Name, []}}.

handle_event(E, {forward, To} = S) ->
    gen_event:notify(To, {forwarded, E}),
    {ok, S};
handle_event(E, {Name, Es}) ->
    {ok, {Name, [E | Es]}}.

handle_call(events, {_, Es} = S) -> {ok, lists:reverse(Es), S}.

terminate(Arg, {forward, _}) ->
    io:format("terminate ~p forward~n", [Arg]);
terminate(Arg, {Name, Es}) ->
    io:format("terminate ~p ~p ~p~n", [Arg, Name, length(Es)]).

#!/usr/bin/env escript
-module(ge_call_errors).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: call/3,4 errors: bad_module, exit in handle_call, timeout, dead and unregistered managers

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, ?MODULE, s),
    io:format("~p~n", [gen_event:call(M, nobody, q)]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, 1}, q)]),
    R = gen_event:call(M, ?MODULE, {exit, oops}),
    timer:sleep(50),
    io:format("~p~n", [R]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:add_handler(M, ?MODULE, s),
    io:format("~p~n", [catch gen_event:call(M, ?MODULE, {sleep, 300}, 50)]),
    io:format("~p~n", [gen_event:call(M, ?MODULE, q)]),
    ok = gen_event:stop(M),
    io:format("~p~n", [catch gen_event:call(M, ?MODULE, q)]),
    io:format("~p~n", [catch gen_event:call(M, ?MODULE, q, 100)]),
    io:format("~p~n", [catch gen_event:call(ge_call_errors_none, ?MODULE, q)]),
    io:format("~p~n", [catch gen_event:call({ge_call_errors_none, node()}, ?MODULE, q)]),
    io:format("~p~n", [catch gen_event:which_handlers(M)]),
    io:format("~p~n", [catch gen_event:add_handler(M, ?MODULE, s)]),
    io:format("~p~n", [catch gen_event:sync_notify(ge_call_errors_none, ev)]),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call({exit, R}, _S) -> exit(R);
handle_call({sleep, T}, S) -> timer:sleep(T), {ok, slept, S};
handle_call(Q, S) -> {ok, {answer, Q}, S}.

terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [Arg, S]).

#!/usr/bin/env escript
-module(ge_add_errors).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: add_handler when init/1 fails: {error, R}, bad return, exit, throw, undef

main(_) ->
    {ok, M} = gen_event:start(),
    io:format("~p~n", [gen_event:add_handler(M, ?MODULE, {error, nope})]),
    io:format("~p~n", [gen_event:add_handler(M, ?MODULE, {return, ignore})]),
    io:format("~p~n", [gen_event:add_handler(M, ?MODULE, {return, {ok}})]),
    io:format("~p~n", [gen_event:add_handler(M, ?MODULE, {exit, boom})]),
    io:format("~p~n", [gen_event:add_handler(M, ?MODULE, {throw, {ok, thrown}})]),
    io:format("~p~n", [gen_event:add_handler(M, ?MODULE, {throw, bad})]),
    {'EXIT', {undef, [Top | _]}} =
        gen_event:add_handler(M, ge_no_such_module_xyz, []),
    io:format("undef ~p~n", [Top]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("~p~n", [gen_event:add_handler(M, {?MODULE, 7}, {return, {ok, s, hibernate}})]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    io:format("~p~n", [gen_event:call(M, {?MODULE, 7}, state)]),
    ok = gen_event:stop(M).

init({error, R}) -> {error, R};
init({return, V}) -> V;
init({exit, R}) -> exit(R);
init({throw, V}) -> throw(V).

handle_event(_, S) -> {ok, S}.

handle_call(state, S) -> {ok, S, S}.

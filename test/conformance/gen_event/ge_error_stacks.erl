#!/usr/bin/env escript
-module(ge_error_stacks).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
-mode(compile).
%% Exercises: errors (with stacks) in callbacks: the reports, replies and terminate arguments show gen_event's frames

main(_) ->
    {ok, M} = gen_event:start({local, ge_error_stacks_mgr}),
    ok = gen_event:add_handler(M, {?MODULE, 1}, 1),
    ok = gen_event:add_handler(M, {?MODULE, 2}, 2),
    ok = gen_event:sync_notify(M, {badmatch, 2}),
    timer:sleep(50),
    R = gen_event:call(M, {?MODULE, 1}, {badarith, 0}),
    timer:sleep(50),
    io:format("~p~n", [R]),
    ok = gen_event:add_handler(M, {?MODULE, 3}, 3),
    M ! {function_clause, 3},
    timer:sleep(50),
    io:format("~p~n", [gen_event:add_handler(M, {?MODULE, 4}, {bad_init, 4})]),
    ok = gen_event:add_handler(M, {?MODULE, 5}, 5),
    io:format("~p~n", [gen_event:delete_handler(M, {?MODULE, 5}, {error_in_terminate, 5})]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init({bad_init, N}) -> N = 0;
init(S) -> {ok, S}.

handle_event({badmatch, S}, S) ->
    {ok, _} = id({error, S}),
    {ok, S};
handle_event(_, S) -> {ok, S}.

handle_call({badarith, D}, S) -> {ok, S div D, S}.

handle_info({function_clause, S}, S) -> info_clause(S).

info_clause(not_a_number) -> ok.

id(X) -> X.

terminate({error_in_terminate, N}, _S) -> atom_to_list(N);
terminate({error, {'EXIT', {Reason, [Top | _]}}}, S) ->
    io:format("terminate ~p ~p~n", [S, {Reason, Top}]);
terminate(Arg, S) ->
    io:format("terminate ~p ~p~n", [S, Arg]).

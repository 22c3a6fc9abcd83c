#!/usr/bin/env escript
-module(ge_no_handle_info).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: a handler without handle_info/2: WARNING REPORT, the handler stays; no terminate/2

main(_) ->
    {ok, M} = gen_event:start({local, ge_no_handle_info_mgr}),
    ok = gen_event:add_handler(M, ?MODULE, 0),
    M ! {some, info, [1, 2, 3]},
    timer:sleep(50),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:sync_notify(M, inc),
    io:format("~p~n", [gen_event:call(M, ?MODULE, get)]),
    %% without terminate/2 delete_handler returns ok
    io:format("~p~n", [gen_event:delete_handler(M, ?MODULE, whatever)]),
    ok = gen_event:add_handler(M, ?MODULE, 0),
    ok = gen_event:sync_notify(M, crash),
    timer:sleep(50),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("done~n").

init(S) -> {ok, S}.

handle_event(inc, S) -> {ok, S + 1};
handle_event(crash, _S) -> exit(no_terminate_here).

handle_call(get, S) -> {ok, S, S}.

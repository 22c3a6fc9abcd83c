#!/usr/bin/env escript
-module(ge_sup_handler_init_fail).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2]).
-mode(compile).
%% Exercises: add_sup_handler whose init fails still links; the manager's parent as supervisor

main(_) ->
    process_flag(trap_exit, true),
    {ok, M} = gen_event:start(),
    io:format("~p~n", [gen_event:add_sup_handler(M, ?MODULE, fail)]),
    io:format("linked ~p~n", [lists:member(M, element(2, process_info(self(), links)))]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    receive {'EXIT', M, R} -> io:format("exit ~p~n", [R]) after 100 -> io:format("no exit~n") end,
    %% the parent (start_link) adds a supervised handler: stop does not unlink it
    {ok, L} = gen_event:start_link(),
    ok = gen_event:add_sup_handler(L, ?MODULE, sup),
    ok = gen_event:stop(L),
    timer:sleep(20),
    flush(),
    io:format("links ~p~n", [process_info(self(), links)]),
    io:format("done~n").

flush() ->
    receive Msg -> io:format("got ~p~n", [Msg]), flush()
    after 0 -> ok
    end.

init(fail) -> {error, refused};
init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

terminate(Arg, S) -> io:format("terminate ~p ~p~n", [Arg, S]).

#!/usr/bin/env escript
-module(ge_stack_paths).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
-mode(compile).
%% Exercises: where gen_event calls each callback from: the manager's frames of the stack

main(_) ->
    process_flag(trap_exit, true),
    {ok, M} = gen_event:start_link(),
    ok = gen_event:add_handler(M, {?MODULE, a}, a),
    ok = gen_event:add_sup_handler(M, {?MODULE, b}, b),
    gen_event:notify(M, ev),
    ok = gen_event:sync_notify(M, sev),
    M ! info,
    ok = gen_event:call(M, {?MODULE, a}, q),
    spawn_link_exit(M),
    ok = gen_event:sync_notify(M, sync),
    io:format("-- delete~n"),
    gen_event:delete_handler(M, {?MODULE, b}, del),
    io:format("-- swap~n"),
    ok = gen_event:swap_handler(M, {{?MODULE, a}, sw}, {{?MODULE, c}, new}),
    ok = gen_event:swap_sup_handler(M, {{?MODULE, c}, sw}, {{?MODULE, d}, new}),
    io:format("-- swap from callbacks~n"),
    ok = gen_event:sync_notify(M, {swap, e}),
    ok = gen_event:call(M, {?MODULE, e}, {swap, f}),
    io:format("-- remove~n"),
    ok = gen_event:sync_notify(M, remove),
    ok = gen_event:add_handler(M, {?MODULE, g}, g),
    ok = gen_event:call(M, {?MODULE, g}, remove),
    ok = gen_event:add_handler(M, {?MODULE, h}, h),
    ok = gen_event:add_handler(M, {?MODULE, i}, i),
    io:format("-- stop~n"),
    ok = gen_event:stop(M),
    receive {'EXIT', M, R} -> io:format("exit ~p~n", [R]) end,
    io:format("done~n").

spawn_link_exit(M) ->
    ok = gen_event:call(M, {?MODULE, a}, {link_exit, self()}),
    receive linked -> ok end.

%% The stack below the callback (st1, show and the callback's frames dropped).

show(What) ->
    io:format("~p~n~p~n", [What, st1()]).

st1() ->
    try error(x) catch _:_:St -> lists:nthtail(3, St) end.

init({new, Old}) -> show({init, new}), {ok, Old};
init(S) -> show({init, S}), {ok, S}.

handle_event({swap, To}, S) -> show({handle_event, swap}), {swap_handler, sw, S, {?MODULE, To}, new};
handle_event(remove, _S) -> remove_handler;
handle_event(E, S) -> show({handle_event, E, S}), {ok, S}.

handle_call({swap, To}, S) -> show({handle_call, swap}), {swap_handler, ok, sw, S, {?MODULE, To}, new};
handle_call(remove, _S) -> {remove_handler, ok};
handle_call({link_exit, P}, S) ->
    spawn_link(fun() -> P ! linked, exit(bye) end),
    {ok, ok, S};
handle_call(Q, S) -> show({handle_call, Q}), {ok, ok, S}.

handle_info(I, S) -> show({handle_info, I, S}), {ok, S}.

terminate(A, S) -> show({terminate, A, S}), S.

#!/usr/bin/env escript
-module(ge_stack_owner).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2, terminate/2, code_change/3]).
-mode(compile).
%% Exercises: gen_event's frames under terminate/2 when the supervising process exits, and under code_change/3

main(_) ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, plain}, plain),
    {P, Ref} = spawn_monitor(fun() ->
        ok = gen_event:add_sup_handler(M, {?MODULE, sup}, sup),
        receive go -> exit(owner_gone) end
    end),
    ok = gen_event:sync_notify(M, sync),
    P ! go,
    receive {'DOWN', Ref, process, P, _} -> ok end,
    ok = gen_event:sync_notify(M, sync),
    timer:sleep(50),
    ok = sys:suspend(M),
    ok = sys:change_code(M, ?MODULE, old, extra),
    ok = sys:resume(M),
    ok = gen_event:stop(M),
    io:format("done~n").

show(What) ->
    io:format("~p~n~p~n", [What, st1()]).

%% gen_event's own frames below the callback (lists and sys frames left out)
st1() ->
    try error(x) catch _:_:St -> [F || {gen_event, _, _, _} = F <- St] end.

init(S) -> {ok, S}.

handle_event(_, S) -> {ok, S}.

handle_call(_, S) -> {ok, ok, S}.

terminate({stop, R}, S) -> show({terminate, R, S});
terminate(_, _) -> ok.

code_change(Old, S, Extra) -> show({code_change, Old, S, Extra}), {ok, S}.

#!/usr/bin/env escript
-module(gs_client_info).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4, client/1]).
-mode(compile).
%% Exercises: a crash while handling a call: the report names the client, registered
%% or not, with its stack trace (waiting in gen_statem:call); a client that is dead
%% by then is reported as dead

main(_) ->
    run(fun () -> client(anon) end),
    run(fun () -> register(gs_ci_client, self()), client(named) end),
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Ref = monitor(process, P),
    {C, CRef} = spawn_monitor(fun () -> gen_statem:call(P, {crash_later, dead}) end),
    timer:sleep(20),
    exit(C, kill),
    receive {'DOWN', CRef, _, _, _} -> ok end,
    gen_statem:cast(P, now),
    receive {'DOWN', Ref, process, P, {Reason, _}} -> timer:sleep(50), io:format("down ~p~n", [Reason]) end.

run(Fun) ->
    {ok, P} = gen_statem:start({local, gs_ci}, ?MODULE, [], []),
    Ref = monitor(process, P),
    {_, CRef} = spawn_monitor(Fun),
    receive {'DOWN', Ref, process, P, {Reason, _}} -> ok end,
    receive {'DOWN', CRef, process, _, {CReason, _}} -> ok end,
    timer:sleep(50),
    io:format("down ~p, client ~p~n", [Reason, element(1, CReason)]).

client(How) ->
    gen_statem:call(gs_ci, {crash, How}).

init([]) -> {ok, s, []}.
callback_mode() -> handle_event_function.

handle_event({call, _}, {crash, How}, _, _) -> error({crashed, How});
handle_event({call, _}, {crash_later, _}, s, _) -> {keep_state_and_data, [postpone]};
handle_event(cast, now, s, D) -> {next_state, ready, D};
handle_event({call, _}, {crash_later, How}, ready, _) -> error({crashed, How}).

#!/usr/bin/env escript
-module(gs_init_results).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: init/1 results ok/3, ok/4 with actions, ignore, {stop, R}, a thrown
%% result; the process is gone after ignore and stop

main(_) ->
    {ok, P1} = gen_statem:start(?MODULE, ok3, []),
    io:format("ok3: ~p~n", [gen_statem:call(P1, state)]),
    {ok, P2} = gen_statem:start(?MODULE, ok4, []),
    io:format("ok4: ~p~n", [gen_statem:call(P2, state)]),
    io:format("ignore: ~p~n", [gen_statem:start(?MODULE, ignore, [])]),
    R1 = gen_statem:start(?MODULE, stop, []),
    timer:sleep(50),
    io:format("stop: ~p~n", [R1]),
    R2 = gen_statem:start({local, gs_ir}, ?MODULE, stop, []),
    timer:sleep(50),
    io:format("stop named: ~p~n", [R2]),
    io:format("whereis: ~p~n", [whereis(gs_ir)]),
    {ok, P3} = gen_statem:start(?MODULE, thrown, []),
    io:format("thrown: ~p~n", [gen_statem:call(P3, state)]),
    [gen_statem:stop(P) || P <- [P1, P2, P3]],
    ok.

init(ok3) -> {ok, s3, d3};
init(ok4) -> {ok, s4, d4, [{next_event, internal, bump}]};
init(ignore) -> ignore;
init(stop) -> {stop, no_way};
init(thrown) -> throw({ok, thrown_state, thrown_data}).

callback_mode() -> handle_event_function.

handle_event(internal, bump, _S, D) -> {keep_state, {bumped, D}, []};
handle_event({call, From}, state, S, D) -> {keep_state_and_data, {reply, From, {S, D}}}.

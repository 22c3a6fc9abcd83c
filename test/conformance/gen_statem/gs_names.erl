#!/usr/bin/env escript
-module(gs_names).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: registered names: {local, N}, {global, N}, {via, global, N}; calls and
%% casts by name, {Name, node()}; already_started; the name is free again after stop

main(_) ->
    {ok, P} = gen_statem:start({local, gs_nm}, ?MODULE, [], []),
    io:format("whereis ~p~n", [whereis(gs_nm) =:= P]),
    io:format("again ~p~n", [gen_statem:start({local, gs_nm}, ?MODULE, [], []) =:= {error, {already_started, P}}]),
    gen_statem:cast(gs_nm, {set, 1}),
    io:format("local ~p~n", [gen_statem:call(gs_nm, get)]),
    gen_statem:cast({gs_nm, node()}, {set, 2}),
    io:format("local node ~p~n", [gen_statem:call({gs_nm, node()}, get)]),
    {ok, G} = gen_statem:start({global, gs_glob}, ?MODULE, [], []),
    io:format("global again ~p~n", [gen_statem:start({global, gs_glob}, ?MODULE, [], []) =:= {error, {already_started, G}}]),
    gen_statem:cast({global, gs_glob}, {set, 3}),
    io:format("global ~p~n", [gen_statem:call({global, gs_glob}, get)]),
    io:format("via ~p~n", [gen_statem:call({via, global, gs_glob}, get)]),
    {ok, V} = gen_statem:start({via, global, gs_via}, ?MODULE, [], []),
    gen_statem:cast({via, global, gs_via}, {set, 4}),
    io:format("via start ~p ~p~n", [gen_statem:call({global, gs_via}, get), global:whereis_name(gs_via) =:= V]),
    ok = gen_statem:cast({global, nobody}, x),
    ok = gen_statem:cast({via, global, nobody}, x),
    io:format("~p~n", [catch gen_statem:call({global, nobody}, x)]),
    [ok = gen_statem:stop(X) || X <- [gs_nm, {global, gs_glob}, {via, global, gs_via}]],
    io:format("after stop ~p ~p~n", [whereis(gs_nm), global:whereis_name(gs_glob)]),
    {ok, P2} = gen_statem:start({local, gs_nm}, ?MODULE, [], []),
    io:format("restarted ~p~n", [is_pid(P2)]),
    gen_statem:stop(P2).

init([]) -> {ok, s, 0}.
callback_mode() -> handle_event_function.

handle_event(cast, {set, N}, _, _) -> {keep_state, N};
handle_event({call, From}, get, _, N) -> {keep_state_and_data, [{reply, From, N}]}.

%% gen_server benchmarks (issue 6): the same code runs on erlts and on BEAM.
%%
%%   call(N)   start a gen_server (this module is its callback module), make N
%%             gen_server:call/2 round trips to it (each a monitor, an aliased request
%%             and the reply), stop it; returns {N, the server's final count}.
%%   cast_call(N)
%%             N gen_server:cast/2 followed by one call that waits for all of them.
-module(gen_server_ops).
-behaviour(gen_server).
-export([call/1, cast_call/1]).
-export([init/1, handle_call/3, handle_cast/2]).

call(N) ->
    {ok, P} = gen_server:start(?MODULE, 0, []),
    calls(P, N),
    Count = gen_server:call(P, get),
    ok = gen_server:stop(P),
    {N, Count}.

calls(_P, 0) -> ok;
calls(P, N) ->
    N = gen_server:call(P, {bump, N}),
    calls(P, N - 1).

cast_call(N) ->
    {ok, P} = gen_server:start(?MODULE, 0, []),
    casts(P, N),
    Count = gen_server:call(P, get),
    ok = gen_server:stop(P),
    {N, Count}.

casts(_P, 0) -> ok;
casts(P, N) ->
    ok = gen_server:cast(P, bump),
    casts(P, N - 1).

init(Count) -> {ok, Count}.

handle_call({bump, N}, _From, Count) -> {reply, N, Count + 1};
handle_call(get, _From, Count) -> {reply, Count, Count}.

handle_cast(bump, Count) -> {noreply, Count + 1}.

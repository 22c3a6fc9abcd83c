-module('050-gen-server-like').
-behaviour(gen_server).
-export([start_link/0, init/1, handle_call/3, handle_cast/2, handle_info/2]).
-record(st, {n = 0 :: integer()}).
start_link() -> gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).
init([]) -> {ok, #st{}}.
handle_call(get, _From, #st{n = N} = S) -> {reply, N, S};
handle_call({add, K}, _From, S = #st{n = N}) -> {reply, ok, S#st{n = N + K}};
handle_call(_, _, S) -> {reply, {error, unknown}, S}.
handle_cast(reset, S) -> {noreply, S#st{n = 0}};
handle_cast(_, S) -> {noreply, S}.
handle_info(timeout, #st{} = S) -> {noreply, S};
handle_info(_, S) -> {noreply, S}.

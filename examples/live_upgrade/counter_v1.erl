%% Version 1 of the counter server: the state is just the count.
-module(counter).
-behaviour(gen_server).
-vsn(1).
-export([start_link/0, bump/0, read/0]).
-export([init/1, handle_call/3, handle_cast/2, code_change/3]).

start_link() -> gen_server:start_link({local, counter}, ?MODULE, [], []).
bump() -> gen_server:cast(counter, bump).
read() -> gen_server:call(counter, read).

init([]) -> {ok, 0}.
handle_call(read, _From, N) -> {reply, {v1, N}, N}.
handle_cast(bump, N) -> {noreply, N + 1}.
code_change(_OldVsn, N, _Extra) -> {ok, N}.

%% Version 2 of the counter server: the state becomes a map that also counts how many
%% reads were made; code_change/3 converts version 1's integer.
-module(counter).
-behaviour(gen_server).
-vsn(2).
-export([start_link/0, bump/0, read/0]).
-export([init/1, handle_call/3, handle_cast/2, code_change/3]).

start_link() -> gen_server:start_link({local, counter}, ?MODULE, [], []).
bump() -> gen_server:cast(counter, bump).
read() -> gen_server:call(counter, read).

init([]) -> {ok, #{count => 0, reads => 0}}.
handle_call(read, _From, #{count := N, reads := R} = S) ->
    {reply, {v2, N, R + 1}, S#{reads := R + 1}}.
handle_cast(bump, #{count := N} = S) -> {noreply, S#{count := N + 1}}.
code_change(1, N, _Extra) when is_integer(N) -> {ok, #{count => N, reads => 0}}.

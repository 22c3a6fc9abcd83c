%% A small gen_server driven from JavaScript by test/interop/js-to-erlang.test.ts.
-module(kv_store).
-behaviour(gen_server).
-export([start/0, put/2, get/1, notify/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).

start() -> gen_server:start({local, kv_store}, ?MODULE, #{}, []).

put(K, V) -> gen_server:call(kv_store, {put, K, V}).
get(K) -> gen_server:call(kv_store, {get, K}).

%% Tells Dest (a pid or a name) about every later put.
notify(Dest) -> gen_server:cast(kv_store, {notify, Dest}).

init(Map) -> {ok, {Map, []}}.

handle_call({put, K, V}, _From, {Map, Watchers}) ->
    [W ! {kv_put, K, V} || W <- Watchers],
    {reply, ok, {Map#{K => V}, Watchers}};
handle_call({get, K}, _From, {Map, _} = S) ->
    {reply, maps:find(K, Map), S};
handle_call({divide, A, B}, _From, S) ->
    {reply, A div B, S};
handle_call(slow, _From, S) ->
    timer:sleep(200),
    {reply, slow, S}.

handle_cast({notify, Dest}, {Map, Watchers}) ->
    {noreply, {Map, [Dest | Watchers]}}.

handle_info(_, S) -> {noreply, S}.

%% kv_store: the key-value store, a gen_server holding a map.
%%
%% put/2, get/1, delete/1 and keys/0 are calls; crash/0 is a cast asking the
%% store to do something that fails (a division by zero), to show what a crash
%% looks like under a supervisor. The data lives in the process: a restarted
%% store starts empty.
-module(kv_store).
-behaviour(gen_server).
-export([start_link/0, put/2, get/1, delete/1, keys/0, crash/0]).
-export([init/1, handle_call/3, handle_cast/2]).

start_link() ->
    gen_server:start_link({local, kv_store}, ?MODULE, [], []).

put(Key, Value) -> gen_server:call(kv_store, {put, Key, Value}).
get(Key) -> gen_server:call(kv_store, {get, Key}).
delete(Key) -> gen_server:call(kv_store, {delete, Key}).
keys() -> gen_server:call(kv_store, keys).
crash() -> gen_server:cast(kv_store, crash).

init([]) ->
    {ok, #{}}.

handle_call({put, Key, Value}, _From, Data) ->
    {reply, ok, Data#{Key => Value}};
handle_call({get, Key}, _From, Data) ->
    case Data of
        #{Key := Value} -> {reply, {ok, Value}, Data};
        _ -> {reply, not_found, Data}
    end;
handle_call({delete, Key}, _From, Data) ->
    {reply, ok, maps:remove(Key, Data)};
handle_call(keys, _From, Data) ->
    {reply, lists:sort(maps:keys(Data)), Data}.

handle_cast(crash, Data) ->
    {noreply, Data#{ratio => map_size(Data) div (map_size(Data) - map_size(Data))}}.

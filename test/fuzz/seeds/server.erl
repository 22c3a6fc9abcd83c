%% A seed for the mutation fuzz test: a gen_server with specs and a named fun.
-module(server).
-behaviour(gen_server).
-export([start_link/0, get/1, put/2]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2]).

-record(state, {table = #{} :: map(), hits = 0 :: non_neg_integer()}).

-spec start_link() -> {ok, pid()} | {error, term()}.
start_link() -> gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

get(Key) -> gen_server:call(?MODULE, {get, Key}).
put(Key, Value) -> gen_server:cast(?MODULE, {put, Key, Value}).

init([]) -> {ok, #state{}}.

handle_call({get, Key}, _From, #state{table = T, hits = H} = S) ->
    Reply = case T of
                #{Key := V} -> {ok, V};
                #{} -> not_found
            end,
    {reply, Reply, S#state{hits = H + 1}};
handle_call(_Other, _From, S) -> {reply, {error, unknown}, S}.

handle_cast({put, K, V}, S = #state{table = T}) ->
    {noreply, S#state{table = T#{K => V}}}.

handle_info(_Msg, S) ->
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    _ = Fact(5),
    {noreply, S}.

%% kv_sup: the supervisor of the key-value service.
%%
%% One child, the store (kv_store, a gen_server registered as kv_store). If the
%% store crashes the supervisor starts a new one; more than 3 crashes within
%% 5 seconds and the supervisor gives up and stops too.
-module(kv_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).

start_link() ->
    supervisor:start_link({local, kv_sup}, ?MODULE, []).

init([]) ->
    Flags = #{strategy => one_for_one, intensity => 3, period => 5},
    Store = #{id => kv_store,
              start => {kv_store, start_link, []},
              restart => permanent,
              shutdown => 1000,
              type => worker,
              modules => [kv_store]},
    {ok, {Flags, [Store]}}.

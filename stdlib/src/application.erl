%% application: OTP's application API, written for erlts.
-module(application).

-export([get_env/1, get_env/2, get_env/3, set_env/3, set_env/4, unset_env/2, unset_env/3,
         get_all_env/0, get_all_env/1]).

-define(ENV, application_env).

get_env(Key) ->
    case get_application() of
        {ok, App} -> get_env(App, Key);
        undefined -> undefined
    end.

get_env(App, Key) ->
    case erlts_node_store:get(?ENV, {App, Key}, '$erlts_none') of
        '$erlts_none' -> undefined;
        V -> {ok, V}
    end.

get_env(App, Key, Default) ->
    case get_env(App, Key) of
        {ok, V} -> V;
        undefined -> Default
    end.

set_env(App, Key, Val) -> set_env(App, Key, Val, []).
set_env(App, Key, Val, _Opts) -> erlts_node_store:put(?ENV, {App, Key}, Val).

unset_env(App, Key) -> unset_env(App, Key, []).
unset_env(App, Key, _Opts) -> erlts_node_store:erase(?ENV, {App, Key}).

get_all_env() ->
    case get_application() of
        {ok, App} -> get_all_env(App);
        undefined -> []
    end.

get_all_env(App) ->
    [{K, V} || {{A, K}, V} <- erlts_node_store:to_list(?ENV), A =:= App].

get_application() -> undefined.

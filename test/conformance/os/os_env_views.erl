#!/usr/bin/env escript
-module(os_env_views).
-export([main/1]).
-mode(compile).
%% Exercises: os:getenv/0 and os:env/0 agree with getenv/1 after changes

p(X) -> io:format("~p~n", [X]).

split(S) ->
    {K, [$= | V]} = lists:splitwith(fun(C) -> C =/= $= end, S),
    {K, V}.

main(_) ->
    V = "ERLTS_CONF_OS_ENV_VIEWS",
    os:unsetenv(V),
    Before = length(os:env()),
    p(length(os:getenv()) =:= Before),
    true = os:putenv(V, "x=y"),
    p(length(os:env()) - Before),
    p(lists:keyfind(V, 1, os:env())),
    p(lists:keyfind(V, 1, [split(S) || S <- os:getenv()])),
    p(lists:sort([split(S) || S <- os:getenv()]) =:= lists:sort(os:env())),
    p(lists:all(fun({K, Val}) -> os:getenv(K) =:= Val end, os:env())),
    true = os:unsetenv(V),
    p(length(os:env()) =:= Before),
    p(lists:keyfind(V, 1, os:env())).

#!/usr/bin/env escript
-module(tm_apply_after).
-export([main/1]).
-mode(compile).
%% Exercises: timer:apply_after/4: the function runs in a new process after the delay; cancel before it runs

-export([report/2]).

report(To, What) -> To ! {applied, What, self() =/= To}.

main(_) ->
    {ok, _} = timer:apply_after(10, ?MODULE, report, [self(), first]),
    receive {applied, W, Other} -> io:format("applied ~p in another process ~p~n", [W, Other]) end,
    {ok, T} = timer:apply_after(1000, ?MODULE, report, [self(), never]),
    io:format("cancel ~p~n", [timer:cancel(T)]),
    receive {applied, never, _} -> io:format("ran anyway~n") after 20 -> io:format("cancelled~n") end,
    {ok, _} = timer:apply_after(5, erlang, send, [self(), via_bif]),
    receive via_bif -> io:format("erlang:send applied~n") end,
    io:format("~p~n", [timer:apply_after(id(-1), ?MODULE, report, [self(), x])]).

id(X) -> X.

#!/usr/bin/env escript
-module(gsrv_call_names).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, register_name/2, unregister_name/1,
         whereis_name/1, send/2]).
-mode(compile).
%% Exercises: a {via, Module, Name} registry written here (register_name/2,
%% unregister_name/1, whereis_name/1, send/2): start, call, cast, stop through it;
%% its name is unregistered when init fails; an unknown via name is noproc

register_name(Name, Pid) ->
    case whereis_name(Name) of
        undefined -> put_reg(Name, Pid), yes;
        _ -> no
    end.
unregister_name(Name) -> ets:delete(gsrv_call_names_reg, Name), ok.
whereis_name(Name) ->
    case ets:lookup(gsrv_call_names_reg, Name) of
        [{_, Pid}] -> Pid;
        [] -> undefined
    end.
send(Name, Msg) ->
    case whereis_name(Name) of
        undefined -> exit({badarg, {Name, Msg}});
        Pid -> Pid ! Msg, Pid
    end.
put_reg(Name, Pid) -> ets:insert(gsrv_call_names_reg, {Name, Pid}).

init(fail) -> {stop, failed};
init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast({set, X}, _) -> {noreply, X}.

main(_) ->
    ets:new(gsrv_call_names_reg, [named_table, public]),
    Name = {via, ?MODULE, {my, server}},
    {ok, P} = gen_server:start(Name, ?MODULE, one, []),
    io:format("~p~n", [gen_server:call(Name, get)]),
    gen_server:cast(Name, {set, two}),
    io:format("~p~n", [gen_server:call(Name, get, 1000)]),
    io:format("~p~n", [whereis_name({my, server}) =:= P]),
    io:format("~p~n", [gen_server:start(Name, ?MODULE, x, []) =:= {error, {already_started, P}}]),
    ok = gen_server:stop(Name),
    Bad = {via, ?MODULE, {bad, server}},
    R = gen_server:start(Bad, ?MODULE, fail, []),
    timer:sleep(50),
    io:format("~p ~p~n", [R, whereis_name({bad, server})]),
    io:format("~p~n", [catch gen_server:call(Bad, get)]),
    ok.

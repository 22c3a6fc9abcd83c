#!/usr/bin/env escript
-module(gsrv_terminate_crash).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, terminate/2]).
-mode(compile).
%% Exercises: a terminate/2 that fails: after {stop, normal, S} (the terminate error is
%% the exit reason and is reported), after a crash (the terminate error replaces the
%% original one), an exit from terminate

init(S) -> {ok, S}.
handle_call(stop, _From, S) -> {stop, normal, ok, S};
handle_call(crash, _From, S) -> {reply, 1 / id(0), S}.
handle_cast(_, S) -> {noreply, S}.
terminate(_Reason, error) -> erlang:error({terminate, failed});
terminate(_Reason, exit) -> exit(terminate_exit);
terminate(_Reason, throw) -> throw(ignored).

main(_) ->
    run_all([{S, Req} || S <- [error, exit, throw], Req <- [stop, crash]]).

run_all([{S, Req} | T]) -> run(S, Req), run_all(T);
run_all([]) -> ok.

run(S, Req) ->
    {ok, P} = gen_server:start(?MODULE, S, []),
    M = monitor(process, P),
    R = (catch gen_server:call(P, Req)),
    receive {'DOWN', M, _, _, D} -> timer:sleep(100), io:format("~p ~p: ~p~n~p~n", [S, Req, R, D]) end.

id(X) -> X.

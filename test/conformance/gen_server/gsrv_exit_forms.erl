#!/usr/bin/env escript
-module(gsrv_exit_forms).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: the server's exit reasons seen by a monitor, and which are reported:
%% {stop, normal | shutdown | {shutdown, T} | other, ...}, error/1, exit/1, throw of
%% a non-return value (bad_return_value), from handle_cast

init(S) -> {ok, S}.
handle_call(_, _From, S) -> {reply, S, S}.
handle_cast({stop, R}, S) -> {stop, R, S};
handle_cast({error, R}, _S) -> erlang:error(R);
handle_cast({exit, R}, _S) -> exit(R);
handle_cast({throw, T}, _S) -> throw(T).

main(_) ->
    [run(C) || C <- [{stop, normal}, {stop, shutdown}, {stop, {shutdown, why}}, {stop, odd},
                     {error, e1}, {exit, normal}, {exit, x1}, {throw, not_a_return}]],
    ok.

run(Cmd) ->
    {ok, P} = gen_server:start(?MODULE, s, []),
    M = monitor(process, P),
    gen_server:cast(P, Cmd),
    receive {'DOWN', M, _, _, R} -> timer:sleep(100), io:format("~p: ~p~n", [Cmd, short(R)]) end.

short({R, [_ | _]}) -> {R, stack};
short(R) -> R.

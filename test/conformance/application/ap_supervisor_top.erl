#!/usr/bin/env escript
-module(ap_supervisor_top).
-behaviour(application).
-behaviour(supervisor).
-export([main/1, start/2, stop/1, init/1, worker_start/1, worker/1]).
-mode(compile).
%% Exercises: an application whose top process is a supervisor: its children run
%% under the application, which_children, stop shutting the tree down in order

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    ok = application:load({application, ast, [{mod, {?MODULE, top}}, {env, [{n, 2}]}]}),
    P(application:start(ast)),
    P([Id || {Id, _, _, _} <- supervisor:which_children(ast_sup)]),
    P(application:get_application(whereis(w1))),
    R = application:stop(ast),
    timer:sleep(50),
    P(R),
    P({whereis(ast_sup), whereis(w1), whereis(w2)}),
    io:format("done~n").

start(normal, top) ->
    supervisor:start_link({local, ast_sup}, ?MODULE, top).

stop(_) ->
    ok.

init(top) ->
    {ok, N} = application:get_env(n),
    Children = [#{id => I, start => {?MODULE, worker_start, [I]}, shutdown => 1000}
                || I <- [list_to_atom("w" ++ integer_to_list(K)) || K <- lists:seq(1, N)]],
    {ok, {#{strategy => one_for_one}, Children}}.

worker_start(Name) ->
    Pid = spawn_link(?MODULE, worker, [Name]),
    register(Name, Pid),
    {ok, Pid}.

worker(Name) ->
    process_flag(trap_exit, true),
    receive
        {'EXIT', _, Reason} ->
            io:format("~p stops: ~p~n", [Name, Reason]),
            exit(Reason)
    end.

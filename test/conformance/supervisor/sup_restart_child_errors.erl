#!/usr/bin/env escript
-module(sup_restart_child_errors).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: restart_child when the start function fails, returns ignore or
%% {ok, Pid, Info}; the reply of each (no restart counted, no report for ignore).

init(Tab) -> {ok, {{one_for_one, 1, 5}, [#{id => r, start => {?MODULE, start_w, [Tab]}}]}}.

start_w(Tab) ->
    case ets:lookup(Tab, mode) of
        [{mode, ok}] -> {ok, spawn_link(fun() -> receive _ -> ok end end)};
        [{mode, info}] -> {ok, spawn_link(fun() -> receive _ -> ok end end), here_it_is};
        [{mode, ignore}] -> ignore;
        [{mode, error}] -> {error, cannot};
        [{mode, odd}] -> what;
        [{mode, throw}] -> throw(thrown)
    end.

main(_) ->
    Tab = ets:new(t, [public]),
    ets:insert(Tab, {mode, ok}),
    {ok, S} = supervisor:start_link(?MODULE, Tab),
    [begin
         ok = supervisor:terminate_child(S, r),
         ets:insert(Tab, {mode, Mode}),
         R = supervisor:restart_child(S, r),
         timer:sleep(30),
         io:format("~p: ~p~n", [Mode, case R of
                                          {ok, P} when is_pid(P) -> ok_pid;
                                          {ok, P, I} when is_pid(P) -> {ok_pid, I};
                                          _ -> R
                                      end]),
         io:format("  ~p~n", [[{Id, is_pid(X), X} || {Id, X, _, _} <- supervisor:which_children(S), not is_pid(X)]])
     end || Mode <- [error, odd, throw, ignore, info, ok]],
    unlink(S), exit(S, kill).

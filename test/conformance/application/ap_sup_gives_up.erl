#!/usr/bin/env escript
-module(ap_sup_gives_up).
-behaviour(application).
-behaviour(supervisor).
-export([main/1, start/2, stop/1, init/1, worker_start/0, worker/0]).
-mode(compile).
%% Exercises: the top supervisor of a temporary application gives up (restart
%% intensity reached): the supervisor's reports, the master's crash report with
%% reason shutdown, stop/1, the "exited: shutdown" report, the application gone

main(_) ->
    register(asg_main, self()),
    ok = application:load({application, asg, [{mod, {?MODULE, []}}]}),
    ok = application:start(asg),
    crash_worker(),
    crash_worker(),
    timer:sleep(100),
    io:format("running: ~p~n", [[A || {A, _, _} <- application:which_applications()]]),
    io:format("supervisor: ~p~n", [whereis(asg_sup)]),
    receive {stopped, S} -> io:format("stop/1 was called with ~p~n", [S]) after 0 -> ok end,
    io:format("done~n").

crash_worker() ->
    W = whereis(asg_worker),
    Ref = monitor(process, W),
    W ! crash,
    receive {'DOWN', Ref, _, _, _} -> ok end,
    timer:sleep(50).

start(normal, []) ->
    supervisor:start_link({local, asg_sup}, ?MODULE, []).

%% Reported by message: printing here would race with the supervisor's report.
stop(State) ->
    asg_main ! {stopped, State}.

init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 1, period => 10},
          [#{id => worker, start => {?MODULE, worker_start, []}}]}}.

worker_start() ->
    Pid = spawn_link(?MODULE, worker, []),
    register(asg_worker, Pid),
    {ok, Pid}.

worker() ->
    receive crash -> exit(crashed) end.

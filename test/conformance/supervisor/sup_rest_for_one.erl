#!/usr/bin/env escript
-module(sup_rest_for_one).
-export([main/1, init/1, start_w/2]).
-mode(compile).
%% Exercises: rest_for_one: the crashed child and those started after it are
%% restarted, the ones before it keep running.

init(Specs) -> {ok, {{rest_for_one, 5, 10}, Specs}}.

start_w(Name, Log) ->
    Pid = spawn_link(fun() ->
                             process_flag(trap_exit, true),
                             Log ! {started, Name},
                             receive {'EXIT', _, R} -> Log ! {stopped, Name, R}, exit(R) end
                     end),
    register(Name, Pid),
    {ok, Pid}.

spec(Id) -> {Id, {?MODULE, start_w, [Id, self()]}, permanent, 500, worker, []}.

%% Waits for the reports to be printed, then prints what the children said.
flush() -> timer:sleep(60), flush1().
flush1() -> receive M -> io:format("  ~p~n", [M]), flush1() after 0 -> ok end.

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, [spec(a), spec(b), spec(c), spec(d)]),
    flush(),
    Before = [whereis(X) || X <- [a, b, c, d]],
    exit(whereis(b), boom),
    flush(),
    After = [whereis(X) || X <- [a, b, c, d]],
    io:format("unchanged: ~p~n", [[X =:= Y || {X, Y} <- lists:zip(Before, After)]]),
    exit(whereis(d), boom2),
    flush(),
    exit(whereis(a), boom3),
    flush(),
    io:format("~p~n", [[Id || {Id, P, _, _} <- supervisor:which_children(S), is_pid(P)]]),
    unlink(S), exit(S, kill).

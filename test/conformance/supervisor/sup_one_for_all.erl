#!/usr/bin/env escript
-module(sup_one_for_all).
-export([main/1, init/1, start_w/2]).
-mode(compile).
%% Exercises: one_for_all: a crash restarts every child, terminated newest
%% first and started again oldest first; a temporary child is dropped.

init(Specs) -> {ok, {#{strategy => one_for_all, intensity => 3, period => 10}, Specs}}.

start_w(Name, Log) ->
    Pid = spawn_link(fun() ->
                             process_flag(trap_exit, true),
                             Log ! {started, Name},
                             receive {'EXIT', _, R} -> Log ! {stopped, Name, R}, exit(R) end
                     end),
    register(Name, Pid),
    {ok, Pid}.

spec(Id, R) -> #{id => Id, start => {?MODULE, start_w, [Id, self()]}, restart => R}.

%% Waits for the reports to be printed, then prints what the children said.
flush() -> timer:sleep(60), flush1().
flush1() -> receive M -> io:format("  ~p~n", [M]), flush1() after 0 -> ok end.

main(_) ->
    {ok, S} = supervisor:start_link(?MODULE, [spec(a, permanent), spec(b, transient),
                                              spec(t, temporary), spec(c, permanent)]),
    flush(),
    io:format("~p~n", [supervisor:which_children(S)]),
    exit(whereis(b), boom),
    flush(),
    io:format("~p~n", [supervisor:which_children(S)]),
    io:format("~p~n", [supervisor:count_children(S)]),
    exit(whereis(a), normal),
    timer:sleep(50),
    io:format("normal exit of a permanent child restarts too:~n"),
    flush(),
    unlink(S), exit(S, kill).

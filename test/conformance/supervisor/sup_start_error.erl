#!/usr/bin/env escript
-module(sup_start_error).
-export([main/1, init/1, start_w/2]).
-mode(compile).
%% Exercises: a child failing to start in init: start_error report, the
%% children started before it are terminated (newest first), start_link
%% returns {error, {shutdown, {failed_to_start_child, Id, Reason}}}.

init(How) -> {ok, {{one_for_one, 1, 5}, [#{id => one, start => {?MODULE, start_w, [one, ok]}},
                                         #{id => two, start => {?MODULE, start_w, [two, ok]}},
                                         #{id => three, start => {?MODULE, start_w, [three, How]}},
                                         #{id => four, start => {?MODULE, start_w, [four, ok]}}]}}.

%% The child says when it traps exits, so that a shutdown cannot come first.
start_w(Id, ok) ->
    Sup = self(),
    Pid = spawn_link(fun() ->
                             process_flag(trap_exit, true),
                             Sup ! {self(), trapping},
                             receive {'EXIT', _, R} -> ses_main ! {Id, R} end
                     end),
    receive {Pid, trapping} -> ok end,
    {ok, reg(Id, Pid)};
start_w(_, {error, E}) -> {error, E};
start_w(_, {return, X}) -> X;
start_w(_, {crash, E}) -> error(E).

try_it(How) ->
    Res = supervisor:start_link(?MODULE, How),
    timer:sleep(50),
    case Res of
        {error, {shutdown, {failed_to_start_child, Id, {'EXIT', {E, [Top | _]}}}}} ->
            io:format("failed ~p: exception ~p at ~p~n", [Id, E, Top]);
        _ ->
            io:format("~p~n", [Res])
    end,
    Flush = fun F() -> receive M -> io:format("  ~p~n", [M]), F() after 0 -> ok end end,
    Flush().

main(_) ->
    register(ses_main, self()),
    process_flag(trap_exit, true),
    try_it({error, nope}),
    try_it({return, {ok, not_a_pid}}),
    try_it({return, ignore}),
    ok.

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.

#!/usr/bin/env escript
-module(sg_down_reasons).
-export([main/1]).
-mode(compile).
%% Exercises: the DOWN reason for each way a process can end: return, exit/1, error, throw, exit/2, kill, noproc

main(_) ->
    Cases = [{return, fun() -> ok end},
             {exit_atom, fun() -> exit(bye) end},
             {exit_normal, fun() -> exit(normal) end},
             {exit_kill, fun() -> exit(kill) end},
             {error_badarg, fun() -> atom_to_list(id(123)) end},
             {throw, fun() -> throw(id(ball)) end},
             {error_term, fun() -> error(id({my, error})) end}],
    [run(N, F) || {N, F} <- Cases],
    P = spawn(fun() -> receive after infinity -> ok end end),
    R = monitor(process, P),
    exit(P, kill),
    receive {'DOWN', R, process, P, W} -> io:format("killed_by_exit2 ~p~n", [W]) end,
    R2 = monitor(process, P),
    receive {'DOWN', R2, process, P, W2} -> io:format("already_dead ~p~n", [W2]) end.

run(Name, F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> ok end,
    case R of {_, [_ | _]} -> timer:sleep(100); _ -> ok end,
    io:format("~p ~p~n", [Name, shape(R)]).

shape({Reason, Stack}) when is_list(Stack), Stack =/= [] -> {Reason, stack};
shape(R) -> R.

id(X) -> X.

#!/usr/bin/env escript
-module(pr_pmap).
-export([main/1]).
-mode(compile).
%% Exercises: a parallel map over processes, results collected in order by pid; errors in one worker

pmap(F, L) ->
    Parent = self(),
    Pids = [spawn(fun() -> Parent ! {self(), F(X)} end) || X <- L],
    [receive {P, R} -> R end || P <- Pids].

pmap_safe(F, L) ->
    Parent = self(),
    Refs = [begin
                {P, Ref} = spawn_monitor(fun() -> Parent ! {self(), F(X)} end),
                {P, Ref}
            end || X <- L],
    [receive
         {P, R} -> receive {'DOWN', Ref, process, P, _} -> {ok, R} end;
         {'DOWN', Ref, process, P, Reason} -> {failed, element(1, Reason)}
     end || {P, Ref} <- Refs].

fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).

main(_) ->
    io:format("~p~n", [pmap(fun(X) -> X * X end, lists:seq(1, 10))]),
    io:format("~p~n", [pmap(fun fib/1, [20, 1, 15, 5, 10])]),
    io:format("~p~n", [pmap(fun(X) -> lists:reverse(X) end, ["abc", "", "xy"])]),
    io:format("~p~n", [pmap(fun(X) -> X end, [])]),
    io:format("~p~n", [length(pmap(fun(X) -> X + 1 end, lists:seq(1, 500)))]),
    io:format("~p~n", [pmap_safe(fun(X) -> 10 div X end, [1, 2, 5])]),
    io:format("~p~n", [pmap_safe(fun(X) when X > 0 -> X; (X) -> exit({neg, X}) end, [3, -1, 4])]),
    io:format("mailbox ~p~n", [process_info(self(), message_queue_len)]).

#!/usr/bin/env escript
-module(pr_msg_funs).
-export([main/1, triple/1]).
-mode(compile).
%% Exercises: funs sent in messages and called by the receiver: closures, external funs, recursion

triple(X) -> X * 3.

worker() ->
    receive
        {From, F, Args} when is_function(F) ->
            From ! {result, apply(F, Args)},
            worker();
        stop -> ok
    end.

main(_) ->
    W = spawn(fun worker/0),
    K = 10,
    Calls = [{fun(X) -> X + K end, [5]},
             {fun ?MODULE:triple/1, [7]},
             {fun lists:reverse/1, [[1, 2, 3]]},
             {fun erlang:'+'/2, [2, 3]},
             {fun(A, B) -> {A, B, K} end, [x, y]},
             {fun() -> self() end, []}],
    lists:foreach(fun({F, Args}) ->
                          W ! {self(), F, Args},
                          receive {result, R} when is_pid(R) -> io:format("ran in worker ~p~n", [R =:= W]);
                                  {result, R} -> io:format("~p~n", [R])
                          end
                  end, Calls),
    %% a fun that sends back to a captured pid
    Me = self(),
    W ! {self(), fun() -> Me ! from_inside, sent end, []},
    receive from_inside -> io:format("from inside~n") end,
    receive {result, S} -> io:format("~p~n", [S]) end,
    %% a recursive named fun
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    W ! {self(), Fact, [25]},
    receive {result, F25} -> io:format("~p~n", [F25]) end,
    %% a fun that raises in the receiver kills the worker
    {W2, Ref} = spawn_monitor(fun worker/0),
    W2 ! {self(), fun(X) -> X + 1 end, [not_a_number]},
    Reason = receive {'DOWN', Ref, process, W2, {R, _}} -> R end,
    timer:sleep(50),
    io:format("worker died ~p~n", [Reason]),
    W ! stop,
    io:format("funs equal after transfer ~p~n", [roundtrip(fun ?MODULE:triple/1)]).

roundtrip(F) ->
    Me = self(),
    P = spawn(fun() -> receive G -> Me ! {back, G} end end),
    P ! F,
    receive {back, G} -> G =:= F end.

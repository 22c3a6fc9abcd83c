#!/usr/bin/env escript
-module(pr_recv_in_fun).
-export([main/1]).
-mode(compile).
%% Exercises: receive inside funs: closures capturing variables used as patterns, higher-order use

main(_) ->
    Get = fun(Tag) -> receive {Tag, V} -> V after 0 -> missing end end,
    self() ! {a, 1},
    self() ! {b, 2},
    io:format("~p ~p ~p~n", [Get(b), Get(a), Get(a)]),
    %% a fun that closes over a ref
    Ref = make_ref(),
    Wait = fun() -> receive {Ref, X} -> X end end,
    self() ! {make_ref(), not_mine},
    self() ! {Ref, mine},
    io:format("~p~n", [Wait()]),
    %% receive in a fun passed to lists:map
    [self() ! {item, N} || N <- [3, 1, 2]],
    Items = lists:map(fun(_) -> receive {item, I} -> I end end, [x, y, z]),
    io:format("~p~n", [Items]),
    %% recursive fun collecting everything
    Collect = fun Loop(Acc) -> receive {c, C} -> Loop([C | Acc]) after 0 -> lists:reverse(Acc) end end,
    [self() ! {c, C} || C <- "hello"],
    io:format("~p~n", [Collect([])]),
    %% a fun sent to a child that receives with it
    Parent = self(),
    Handler = fun() -> receive {req, From, Q} -> From ! {resp, Q * 2} end end,
    P = spawn(fun() -> Handler(), Parent ! handler_done end),
    P ! {req, self(), 21},
    receive {resp, A} -> io:format("resp ~p~n", [A]) end,
    receive handler_done -> io:format("done~n") end,
    %% the rest of the mailbox is empty
    io:format("~p~n", [Get(c)]),
    [leftover] = [receive {b, _} = M -> M after 0 -> leftover end].

#!/usr/bin/env escript
-module(sup_unexpected_msg).
-export([main/1, init/1]).
-mode(compile).
%% Exercises: messages a supervisor does not expect: an error report for a
%% plain message; an 'EXIT' from a process that is not a child is ignored.

init(_) -> {ok, {{one_for_one, 1, 5}, []}}.

main(_) ->
    {ok, S} = supervisor:start_link({local, um_sup}, ?MODULE, []),
    unlink(S),
    um_sup ! hello,
    um_sup ! {some, "message", 1.5},
    timer:sleep(50),
    Other = spawn(fun() -> receive go -> um_sup ! {'EXIT', self(), whatever} end end),
    Other ! go,
    timer:sleep(20),
    io:format("alive ~p~n", [is_process_alive(S)]),
    io:format("~p~n", [supervisor:which_children(um_sup)]).

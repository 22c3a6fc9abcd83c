#!/usr/bin/env escript
-module(gs_start_link).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4, terminate/3]).
-mode(compile).
%% Exercises: start_link: the machine is linked to its starter; a trapping machine
%% gets terminate/3 with the parent's exit reason; 'EXIT' from another process is an
%% info event; a crash of the linked machine reaches a trapping starter

main(_) ->
    Self = self(),
    Parent = spawn(fun () ->
                           {ok, P} = gen_statem:start_link(?MODULE, Self, []),
                           Self ! {started, P},
                           receive stop -> exit(parent_quits) end
                   end),
    P = receive {started, X} -> X end,
    io:format("links ~p~n", [element(2, process_info(P, links)) =:= [Parent]]),
    Other = spawn(fun () -> receive go -> exit(other_died) end end),
    gen_statem:cast(P, {link, Other}),
    receive {info, Info} -> io:format("info ~p~n", [element(3, Info)]) end,
    Parent ! stop,
    receive {terminate, R} -> timer:sleep(50), io:format("terminate ~p~n", [R]) end,
    process_flag(trap_exit, true),
    {ok, P2} = gen_statem:start_link(?MODULE, Self, []),
    gen_statem:cast(P2, crash),
    receive {'EXIT', P2, Reason} -> timer:sleep(50), io:format("exit ~p~n", [element(1, Reason)]) end.

init(Parent) -> process_flag(trap_exit, true), {ok, s, Parent}.
callback_mode() -> handle_event_function.

handle_event(cast, {link, Pid}, _, _) -> link(Pid), Pid ! go, keep_state_and_data;
handle_event(info, Info, _, Parent) -> Parent ! {info, Info}, keep_state_and_data;
handle_event(cast, crash, _, _) -> erlang:error(crashed).

terminate(Reason, _, Parent) -> Parent ! {terminate, Reason}.

#!/usr/bin/env escript
-module(gs_init_crash).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: init/1 raising error/exit: start returns {error, Reason}, the error
%% report and proc_lib's crash report

main(_) ->
    show(gen_statem:start(?MODULE, error, [])),
    show(gen_statem:start(?MODULE, exit, [])).

%% Reports are printed asynchronously: wait for them before printing.
show(X) -> timer:sleep(50), io:format("~p~n", [X]).

init(error) -> erlang:error({init_failed, 42});
init(exit) -> exit(going_away).

callback_mode() -> handle_event_function.
handle_event(_, _, _, _) -> keep_state_and_data.

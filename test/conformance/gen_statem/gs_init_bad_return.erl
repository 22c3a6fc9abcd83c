#!/usr/bin/env escript
-module(gs_init_bad_return).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: a bad init/1 return: {error, {bad_return_from_init, X}} from start, the
%% state machine's error report (no state, no last event) and no crash report

main(_) ->
    show(gen_statem:start(?MODULE, {what, ever}, [])),
    show(gen_statem:start({local, gs_ibr}, ?MODULE, {ok, only_state}, [])),
    io:format("~p~n", [whereis(gs_ibr)]).

%% Reports are printed asynchronously: wait for them before printing.
show(X) -> timer:sleep(50), io:format("~p~n", [X]).

init(X) -> X.
callback_mode() -> handle_event_function.
handle_event(_, _, _, _) -> keep_state_and_data.

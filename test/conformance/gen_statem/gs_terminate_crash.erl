#!/usr/bin/env escript
-module(gs_terminate_crash).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4, terminate/3]).
-mode(compile).
%% Exercises: terminate/3 raising: its error replaces the stop reason in the report
%% and the exit; a throw from terminate/3 is ignored; stop/1 gets the crash reason

main(_) ->
    run(normal_then_error),
    run(throw_in_terminate),
    {ok, P} = gen_statem:start(?MODULE, error_on_stop, []),
    R = (catch gen_statem:stop(P)),
    timer:sleep(50),
    io:format("stop ~p~n", [R]).

run(How) ->
    {ok, P} = gen_statem:start(?MODULE, How, []),
    Ref = monitor(process, P),
    gen_statem:cast(P, stop),
    receive {'DOWN', Ref, process, P, Reason} -> timer:sleep(50), io:format("~p: ~p~n", [How, short(Reason)]) end.

short({R, [_ | _]}) -> R;
short(R) -> R.

init(How) -> {ok, s, How}.
callback_mode() -> handle_event_function.

handle_event(cast, stop, _, _) -> {stop, normal}.

terminate(_, _, normal_then_error) -> erlang:error({terminate_failed, 1});
terminate(_, _, throw_in_terminate) -> throw(ignored);
terminate(Reason, _, error_on_stop) -> exit({bad_stop, Reason}).

#!/usr/bin/env escript
-module(gs_push_bad_mode).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: a callback module change whose callback_mode/0 fails (a bad result, a
%% crash): the machine ends, reported with the old modules; pop back to a module
%% whose mode is now bad

main(_) ->
    [run(How) || How <- [{push, bogus}, {change, crash}, {push_pop, [state_enter]}]],
    ok.

run(How) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Ref = monitor(process, P),
    gen_statem:cast(P, How),
    receive {'DOWN', Ref, process, P, {Reason, _}} -> timer:sleep(50), io:format("~p: ~p~n", [How, Reason]) end.

init([]) -> put(mode, handle_event_function), {ok, s, []}.
callback_mode() ->
    case get(mode) of
        crash -> error(no_mode_now);
        Mode -> Mode
    end.

handle_event(cast, {push, Mode}, _, _) -> put(mode, Mode), {keep_state_and_data, [{push_callback_module, ?MODULE}]};
handle_event(cast, {change, Mode}, _, _) -> put(mode, Mode), {keep_state_and_data, [{change_callback_module, ?MODULE}]};
handle_event(cast, {push_pop, Mode}, _, _) ->
    {keep_state_and_data, [{push_callback_module, ?MODULE}, {next_event, internal, {pop, Mode}}]};
handle_event(internal, {pop, Mode}, _, _) -> put(mode, Mode), {keep_state_and_data, [pop_callback_module]}.

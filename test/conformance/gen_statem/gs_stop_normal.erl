#!/usr/bin/env escript
-module(gs_stop_normal).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4, terminate/3]).
-mode(compile).
%% Exercises: stop, {stop, normal}, {stop, shutdown, Data}, {stop, {shutdown, X}}:
%% terminate/3 is called with the reason and the (new) data, no report is printed

main(_) ->
    [run(How) || How <- [stop, stop_normal, stop_shutdown, stop_shutdown_tuple]],
    ok.

run(How) ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    Ref = monitor(process, P),
    gen_statem:cast(P, How),
    receive {terminate, R, S, D} -> io:format("~p: terminate(~p, ~p, ~p)~n", [How, R, S, D]) end,
    receive {'DOWN', Ref, process, P, Reason} -> io:format("~p: down ~p~n", [How, Reason]) end.

init(Parent) -> {ok, running, Parent}.
callback_mode() -> handle_event_function.

handle_event(cast, stop, _, _) -> stop;
handle_event(cast, stop_normal, _, _) -> {stop, normal};
handle_event(cast, stop_shutdown, _, D) -> {stop, shutdown, {new, D}};
handle_event(cast, stop_shutdown_tuple, _, _) -> {stop, {shutdown, bye}}.

terminate(Reason, State, {new, Parent}) ->
    Parent ! {terminate, Reason, State, new_data};
terminate(Reason, State, Parent) ->
    Parent ! {terminate, Reason, State, Parent =:= self()}.

#!/usr/bin/env escript
-module(gs_event_timeout).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: the event timeout: fires when no event arrives, any event cancels it,
%% a bare integer action is an event timeout whose content is the time, infinity

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    gen_statem:cast(P, {arm, 20}),
    receive {fired, C} -> io:format("fired ~p~n", [C]) end,
    gen_statem:cast(P, {arm, 30}),
    timer:sleep(5),
    gen_statem:cast(P, poke),
    receive {fired, C2} -> io:format("fired ~p~n", [C2]) after 80 -> io:format("cancelled by poke~n") end,
    gen_statem:cast(P, bare),
    receive {fired, C3} -> io:format("fired ~p~n", [C3]) end,
    gen_statem:cast(P, never),
    receive {fired, C4} -> io:format("fired ~p~n", [C4]) after 50 -> io:format("infinity never fires~n") end,
    gen_statem:stop(P).

init(Parent) -> {ok, idle, Parent}.
callback_mode() -> handle_event_function.

handle_event(cast, {arm, T}, _, _) -> {keep_state_and_data, [{timeout, T, {armed, T}}]};
handle_event(cast, poke, _, _) -> keep_state_and_data;
handle_event(cast, bare, _, _) -> {keep_state_and_data, 25};
handle_event(cast, never, _, _) -> {keep_state_and_data, [{timeout, infinity, x}]};
handle_event(timeout, Content, _, Parent) -> Parent ! {fired, Content}, keep_state_and_data.

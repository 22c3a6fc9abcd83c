#!/usr/bin/env escript
-module(gs_call_noproc).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: call to a dead pid or an unregistered name exits with
%% {noproc, {gen_statem, call, [...]}}; a machine that stops while handling the call
%% makes the caller exit with the machine's reason; stop/1 of a dead pid

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    ok = gen_statem:stop(P),
    show(catch gen_statem:call(P, hello)),
    show(catch gen_statem:call(nobody_here, hello)),
    show(catch gen_statem:call(nobody_here, hello, 50)),
    show(catch gen_statem:stop(P)),
    show(catch gen_statem:stop(nobody_here)),
    {ok, P2} = gen_statem:start(?MODULE, [], []),
    show(catch gen_statem:call(P2, die_normal)),
    {ok, P3} = gen_statem:start(?MODULE, [], []),
    show(catch gen_statem:call(P3, {die, {shutdown, x}})),
    io:format("alive ~p ~p~n", [is_process_alive(P2), is_process_alive(P3)]).

show(X) -> io:format("~p~n", [X]).

init([]) -> {ok, s, []}.
callback_mode() -> handle_event_function.

handle_event({call, _From}, die_normal, _, _) -> stop;
handle_event({call, _From}, {die, R}, _, _) -> {stop, R}.

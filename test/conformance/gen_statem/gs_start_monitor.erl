#!/usr/bin/env escript
-module(gs_start_monitor).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: start_monitor/3,4: {ok, {Pid, Mon}}, the DOWN on stop; ignore and
%% {stop, R} from init; a name already taken

main(_) ->
    {ok, {P, Mon}} = gen_statem:start_monitor(?MODULE, ok, []),
    io:format("~p ~p~n", [is_pid(P), is_reference(Mon)]),
    io:format("~p~n", [gen_statem:call(P, ping)]),
    gen_statem:cast(P, quit),
    receive {'DOWN', Mon, process, P, R} -> io:format("down ~p~n", [R]) end,
    {ok, {P2, Mon2}} = gen_statem:start_monitor({local, gs_sm}, ?MODULE, ok, []),
    io:format("~p~n", [gen_statem:start_monitor({local, gs_sm}, ?MODULE, ok, []) =:= {error, {already_started, P2}}]),
    io:format("~p~n", [gen_statem:start_monitor(?MODULE, ignore, [])]),
    R3 = gen_statem:start_monitor(?MODULE, stop, []),
    timer:sleep(50),
    io:format("~p~n", [R3]),
    ok = gen_statem:stop(gs_sm),
    receive {'DOWN', Mon2, process, P2, R2} -> io:format("down ~p~n", [R2]) end,
    receive M -> io:format("unexpected ~p~n", [M]) after 50 -> ok end.

init(ok) -> {ok, s, []};
init(ignore) -> ignore;
init(stop) -> {stop, refused}.
callback_mode() -> handle_event_function.

handle_event({call, From}, ping, _, _) -> {keep_state_and_data, [{reply, From, pong}]};
handle_event(cast, quit, _, _) -> {stop, {shutdown, quit}}.

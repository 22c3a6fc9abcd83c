#!/usr/bin/env escript
-module(ge_error_logger).
-behaviour(gen_event).
-export([main/1]).
-export([init/1, handle_event/2, handle_call/2]).
-mode(compile).
%% Exercises: gen_event's reports as error_logger report handlers get them (format_log/1)

main(_) ->
    ok = error_logger:add_report_handler(?MODULE, self()),
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, h}, [state]),
    ok = gen_event:sync_notify(M, {crash, {why, 1}}),
    timer:sleep(50),
    receive {got, E} -> io:format("~p~n", [E]) after 500 -> io:format("none~n") end,
    ok = gen_event:add_handler(M, {?MODULE, nohandleinfo}, [state]),
    M ! {info, nobody, handles},
    timer:sleep(50),
    receive {got, E2} -> io:format("~p~n", [E2]) after 500 -> io:format("none~n") end,
    ok = gen_event:stop(M),
    io:format("done~n").

init(P) when is_pid(P) -> {ok, P};
init(S) -> {ok, S}.

handle_event({crash, R}, S) when is_list(S) -> exit(R);
handle_event({Tag, _GL, {_Pid, Fmt, Args}}, P) when is_pid(P) ->
    P ! {got, {Tag, Fmt, Args}},
    {ok, P};
handle_event(Ev, P) when is_pid(P) ->
    P ! {got, Ev},
    {ok, P}.

handle_call(_, S) -> {ok, ok, S}.

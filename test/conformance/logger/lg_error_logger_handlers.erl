#!/usr/bin/env escript
-module(lg_error_logger_handlers).
-behaviour(gen_event).
-export([main/1, init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
-mode(compile).
%% Exercises: error_logger report handlers (gen_event handlers of the error_logger
%% event manager): add_report_handler, the events they get for each API call and
%% for logger events with error_logger metadata, delete_report_handler

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(error_logger:which_report_handlers()),
    P(error_logger:add_report_handler(?MODULE, self())),
    P(error_logger:which_report_handlers()),
    P(lists:member(error_logger, logger:get_handler_ids())),
    ok = logger:remove_handler(default),
    error_logger:error_msg("msg ~p~n", [1]),
    error_logger:warning_report([{w, 1}]),
    error_logger:info_report(my_type, "typed"),
    error_logger:info_msg("info ~p", [2]),
    logger:error("plain logger event: not forwarded"),
    logger:error("with error_logger metadata", [], #{error_logger => #{tag => error}}),
    timer:sleep(50),
    show(),
    P(error_logger:delete_report_handler(?MODULE)),
    P(error_logger:which_report_handlers()),
    P(lists:member(error_logger, logger:get_handler_ids())),
    P(error_logger:delete_report_handler(?MODULE)),
    io:format("done~n").

show() ->
    receive
        {event, {Tag, _GL, {_Pid, A, B}}} -> io:format("~p: ~p ~p~n", [Tag, A, B]), show()
    after 0 -> ok
    end.

init(Main) -> {ok, Main}.
handle_event(E, Main) -> Main ! {event, E}, {ok, Main}.
handle_call(_, S) -> {ok, ok, S}.
handle_info(_, S) -> {ok, S}.
terminate(_, _) -> ok.

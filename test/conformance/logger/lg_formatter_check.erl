#!/usr/bin/env escript
-module(lg_formatter_check).
-export([main/1]).
-mode(compile).
%% Exercises: logger_formatter:check_config/1 and update_formatter_config/2,3 on the
%% default handler: single_line and legacy_header changes show in its output

main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    lists:foreach(fun(C) -> P(logger_formatter:check_config(C)) end,
                  [#{}, #{depth => 0}, #{depth => unlimited, chars_limit => 10},
                   #{template => [{a}]}, #{template => [msg, "x", [a, b], {k, [], []}]},
                   #{foo => 1}, #{time_offset => "x"}, #{time_offset => "-01:30"},
                   #{single_line => 1}, #{time_designator => 300}, x]),
    logger:error("before: ~p", [lists:seq(1, 30)]),
    flush(),
    P(logger:update_formatter_config(default, single_line, true)),
    logger:error("single line: ~p", [lists:seq(1, 30)]),
    flush(),
    P(logger:update_formatter_config(default, #{template => [level, " | ", msg, "\n"]})),
    logger:error("template: ~p", [{a, b}]),
    flush(),
    P(logger:update_formatter_config(default, #{depth => 0})),
    P(logger:update_formatter_config(nope, #{})),
    {ok, #{formatter := F}} = logger:get_handler_config(default),
    P(F),
    io:format("done~n").

flush() -> logger_std_h:filesync(default).

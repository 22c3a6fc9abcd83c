#!/usr/bin/env escript
-module(lg_reports).
-export([main/1]).
-mode(compile).
%% Exercises: report messages (maps and key-value lists) printed by the default report
%% callback: "    key: value" lines, strings as text, non-pair elements, long values

main(_) ->
    logger:error(#{a => 1, b => "text", c => [1, 2, 3]}),
    logger:error([{first, 1}, {second, "two"}, third, {fourth, []}]),
    logger:error([{"string key", value}, {{tuple, key}, <<"bin">>}]),
    logger:error(#{long => lists:seq(1, 40), nested => #{x => [a, b], y => "s"}}),
    logger:error([{deep, ["ab", "cd", [$e]]}, {empty_string, ""}, {chars, [$a, 0]}]),
    logger:warning(#{}),
    logger:notice([{only, pair}]),
    logger:error(#{report => "with metadata"}, #{some => meta}),
    flush(),
    io:format("-- format_report~n"),
    io:format("~p~n", [logger:format_report(#{k => v})]),
    io:format("~p~n", [logger:format_report([{k, "str"}, x])]),
    io:format("~p~n", [logger:format_report("just text")]),
    io:format("~p~n", [logger:format_report([])]),
    io:format("~p~n", [logger:format_otp_report(#{label => l, report => [{a, 1}]})]),
    io:format("done~n").

flush() -> logger_std_h:filesync(default).

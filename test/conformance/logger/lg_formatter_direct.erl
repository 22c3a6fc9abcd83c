#!/usr/bin/env escript
-module(lg_formatter_direct).
-export([main/1]).
-mode(compile).
%% Exercises: logger_formatter:format/2 called directly: single_line, depth,
%% max_size, templates with conditionals and metadata paths, time_offset

main(_) ->
    L = lists:seq(1, 40),
    T = {a, {b, {c, {d, {e, {f}}}}}, [1, 2, 3, 4, 5, 6, 7, 8]},
    F = fun(Msg, Config) -> show(ev(Msg), Config) end,
    F({"x ~p y~n z ~w", [L, T]}, #{template => [msg]}),
    F({"x ~p y~n z ~w", [L, T]}, #{template => [msg], single_line => false}),
    F({"x ~p y~n z ~w", [L, T]}, #{template => [msg], depth => 5}),
    F({"x ~p y~n z ~w", [L, T]}, #{template => [msg], depth => 7, single_line => false}),
    F({"~10p|~-8.3.*s|~*w|~.2f|~ts~~~c", [abc, $x, "abcdef", 5, foo, 3.14159, "t", $c]}, #{template => [msg]}),
    F({report, #{a => L, b => "str"}}, #{template => [msg]}),
    F({report, #{a => L, b => "str"}}, #{template => [msg], depth => 5}),
    F({report, #{a => L}}, #{template => [level, ": ", msg, "\n"], max_size => 30}),
    F({string, "  hello\n  world \n"}, #{template => [msg]}),
    F({"~P", [T, 3]}, #{template => [msg], depth => 10}),
    F({"bad ~p", []}, #{template => [msg]}),
    F({"abc", []}, #{}),
    F({"abc", []}, #{single_line => false}),
    F({"abc", []}, #{template => [{mfa, [mfa], ["no mfa"]}, " ", pid, " ", [a, b], " ", msg]}),
    show((ev({"abc", []}))#{meta => #{time => 0, mfa => {m, f, 1}, a => #{b => "x"}}},
         #{template => [{mfa, [mfa], ["no mfa"]}, " ", [a, b], " ", msg]}),
    F({"abc", []}, #{time_offset => "Z"}),
    F({"abc", []}, #{time_offset => "+02:00", time_designator => $\s}),
    F({"abc", []}, #{legacy_header => true, time_offset => "Z"}),
    F({"abc", []}, #{legacy_header => true, time_offset => 0, single_line => true}),
    F({"abc", []}, #{template => [level, " ", msg], max_size => 5}),
    io:format("done~n").

ev(Msg) -> #{level => error, msg => Msg, meta => #{time => 0}}.

show(Event, Config) ->
    io:format("~ts|~n", [logger_formatter:format(Event, Config)]).

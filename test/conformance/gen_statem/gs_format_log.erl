#!/usr/bin/env escript
-module(gs_format_log).
-export([main/1]).
-mode(compile).
%% Exercises: gen_statem:format_log/2 called directly on a report term: the multi-line
%% form with all optional parts, single_line => true, a depth limit (~P), latin1
%% encoding, the client parts (dead, with a stack)

main(_) ->
    R = #{label => {gen_statem, terminate}, name => my_machine,
          queue => [{cast, go}, {info, later}, {internal, x}],
          postponed => [{cast, wait}], modules => [my_mod],
          callback_mode => state_functions, state_enter => true,
          state => {idle, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]},
          timeouts => {1, [{state_timeout, tick}]},
          log => [{in, {cast, go}, idle}],
          reason => {error, {badmatch, [a, b, c, d, e, f]}, [{my_mod, idle, 3, [{line, 7}]}]},
          client_info => undefined},
    out(R, #{}),
    out(R, #{single_line => true}),
    out(R, #{depth => 5}),
    out(R, #{single_line => true, depth => 4}),
    out(R, #{encoding => latin1}),
    Small = R#{queue => [], postponed => [], timeouts => {0, []}, log => [],
               state_enter => false, reason => {exit, normal_ish, []}},
    out(Small, #{}),
    out(Small, #{single_line => true}),
    out(Small#{client_info => {list_to_pid("<0.70.0>"), dead}}, #{}),
    out(Small#{client_info => {list_to_pid("<0.70.0>"), dead}}, #{single_line => true}),
    Client = {list_to_pid("<0.70.0>"), {client_name, [{a, b, 1, []}, {c, d, 2, []}, {e, f, 3, []}, {g, h, 4, []}, {i, j, 5, []}]}},
    out(Small#{client_info => Client}, #{}),
    out(Small#{client_info => Client}, #{single_line => true}),
    out(Small#{reason => {error, undef, [{no_such_module_here, f, [1], []}, {x, y, 0, []}]}}, #{}).

out(Report, Opts) ->
    io:format("~ts~n----~n", [gen_statem:format_log(Report, Opts)]).

#!/usr/bin/env escript
-module(lg_report_cb).
-export([main/1, cb1/1, cb2/2]).
-mode(compile).
%% Exercises: report_cb metadata: a fun/1 returning {Format, Args}, a fun/2 returning
%% chardata (and what it is given), bad returns and crashes of both

main(_) ->
    logger:error(#{n => 1}, #{report_cb => fun ?MODULE:cb1/1}),
    logger:error(#{n => 2}, #{report_cb => fun ?MODULE:cb2/2}),
    logger:error([{n, 3}], #{report_cb => fun(R) -> {"list report ~p", [R]} end}),
    logger:error(#{n => 4}, #{report_cb => fun(_, _) -> <<"binary from cb2">> end}),
    logger:error(#{n => 5}, #{report_cb => fun(_) -> not_a_format end}),
    logger:error(#{n => 6}, #{report_cb => fun(_, _) -> {no, chardata} end}),
    logger:error(#{n => 7}, #{report_cb => fun(_) -> {"~p ~p", [only_one]} end}),
    logger:error("not a report", [], #{report_cb => fun ?MODULE:cb1/1}),
    flush(),
    io:format("done~n").

cb1(#{n := N}) -> {"cb1 got ~p~n", [N]}.

cb2(#{n := N}, Opts) -> io_lib:format("cb2 got ~p with ~p", [N, lists:sort(maps:to_list(Opts))]).

flush() -> logger_std_h:filesync(default).

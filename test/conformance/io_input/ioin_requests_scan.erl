#!/usr/bin/env escript
-module(ioin_requests_scan).
-export([main/1]).
-mode(compile).
%% Exercises: io:requests/1,2, printable_range/0, scan_erl_exprs/1,3, scan_erl_form/1 (and eof)
main(_) ->
    io:format("~p~n", [io:requests([{format, "a~p~n", [1]}, nl, {write, {x}}, {put_chars, "pc\n"}, {fwrite, "~s~n", ["fw"]}])]),
    io:format("~p~n", [io:requests(standard_io, [{put_chars, unicode, "u\n"}])]),
    io:format("~p~n", [io:printable_range()]),
    io:format("~p~n", [io:scan_erl_exprs("e> ")]),
    io:format("~p~n", [io:scan_erl_form("f> ")]),
    io:format("~p~n", [io:scan_erl_exprs(standard_io, "e> ", {1, 1})]),
    io:format("~p~n", [io:scan_erl_exprs("e> ")]).

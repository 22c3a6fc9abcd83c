#!/usr/bin/env escript
-module(ioin_opts).
-export([main/1]).
-mode(compile).
%% Exercises: io:getopts/setopts on standard_io, columns and rows off a terminal, bad devices, io:request

main(_) ->
    p(io:getopts()),
    p(io:columns()),
    p(io:rows()),
    p(io:columns(standard_io)),
    p(io:getopts(user)),
    p(io:get_line(no_such_device, "x> ")),
    p(io:getopts(no_such_device)),
    p(io:setopts([{encoding, unicode}])),
    p(io:getopts()),
    p(io:get_line("u> ")),
    p(io:get_chars("u> ", 2)),
    p(io:setopts([{encoding, latin1}])),
    p(io:get_line("l> ")),
    p(io:request(standard_io, getopts)),
    p(io:request({get_line, unicode, "req> "})),
    p(io:get_line("eof> ")).

p(X) -> io:format("~p~n", [X]).

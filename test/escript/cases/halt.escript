#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> io:format("bye~n"), halt(3).

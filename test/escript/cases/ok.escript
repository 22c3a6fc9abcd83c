#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(Args) -> io:format("args: ~p~n", [Args]).

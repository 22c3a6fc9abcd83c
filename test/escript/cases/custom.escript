#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> erlang:error({my_error, [lists:seq(1, 40), #{k => v}], "a string"}).

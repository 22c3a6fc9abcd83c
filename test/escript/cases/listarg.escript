#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> list_to_integer(id("12x")).
id(X) -> X.

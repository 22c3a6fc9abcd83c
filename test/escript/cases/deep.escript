#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> a(3).
a(0) -> 1 + id(x);
a(N) -> 1 + a(N - 1).
id(X) -> X.

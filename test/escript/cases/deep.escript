#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main([A | _]) -> a(3, list_to_atom(A)).
a(0, X) -> 2 * X;
a(N, X) -> 1 + a(N - 1, X).

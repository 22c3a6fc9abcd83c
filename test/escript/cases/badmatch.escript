#!/usr/bin/env escript
%% -*- erlang -*-
-mode(compile).
main(_) -> {ok, _} = id({error, [1,2,3]}), ok.
id(X) -> X.

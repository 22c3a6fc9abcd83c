#!/usr/bin/env escript
-module(rp_badarg_bif).
-export([main/1]).
-mode(compile).
%% Exercises: =ERROR REPORT==== for badarg from BIFs: the BIF frame with its args and error_info

main(_) ->
    R = crash(fun() -> element(id(5), id({a, b})) end),
    io:format("after: ~p~n", [element(1, R)]),
    R2 = crash(fun() -> convert(id(42)) end),
    io:format("after: ~p~n", [element(1, R2)]),
    R3 = crash(fun() -> id(self()) ! id(1), erlang:send(id(no_such_registered_name), hi) end),
    io:format("after: ~p~n", [element(1, R3)]).

convert(X) -> {ok, list_to_atom(X)}.

crash(F) ->
    {P, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(100), R end.

id(X) -> X.

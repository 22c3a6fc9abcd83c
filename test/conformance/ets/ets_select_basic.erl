#!/usr/bin/env escript
-module(ets_select_basic).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: select/2 with guards on '' variables, several clauses (first match wins), 'cat' and '25883' bodies.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{I, I * 10, if I rem 2 =:= 0 -> even; true -> odd end} || I <- lists:seq(1, 8)]),
    p(ets:select(T, [{{'$1', '$2', even}, [{'>', '$2', 30}], ['$1']}])),
    p(ets:select(T, [{{'$1', '_', '_'}, [{'<', '$1', 3}], ['$_']}])),
    p(ets:select(T, [{{'$1', '$2', '$3'}, [{'==', '$1', 2.0}], ['$$']}])),
    p(ets:select(T, [{{'$1', '_', odd}, [], [{{odd, '$1'}}]},
                     {{'$1', '_', '_'}, [{'>', '$1', 6}], [{{big, '$1'}}]}])),
    p(ets:select(T, [{{'$1', '_', '_'}, [{'>', '$1', 6}], [first]},
                     {{'$1', '_', '_'}, [{'>', '$1', 4}], [second]}])),
    p(ets:select(T, [])),
    p(ets:select(T, [{{'$1', '_', '_'}, [{'=:=', '$1', 3}], ['$1', {'*', '$1', 2}]}])),
    p(ets:select(T, [{{'$1', '$2', '_'}, [{'>', '$2', 70}, {is_integer, '$1'}], [{const, {c, '$1'}}]}])),
    S = ets:new(s, [bag]),
    ets:insert(S, [{k, 1}, {k, 2}, {j, 3}]),
    p(lists:sort(ets:select(S, [{{'$1', '$2'}, [{'<', '$2', 3}], [{{'$2', '$1'}}]}]))),
    p(ets:select(S, [{{k, '$1'}, [], ['$1']}])).

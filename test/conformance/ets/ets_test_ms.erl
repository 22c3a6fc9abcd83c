#!/usr/bin/env escript
-module(ets_test_ms).
-export([main/1]).
-mode(compile).
-compile(nowarn_unused_function).
%% Exercises: ets:test_ms/2: results on matching and non-matching terms, and OTP's error messages for invalid specs.

id(X) -> X.

e(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, hd(S)}
    end.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    O = {a, [1, 2], 3},
    [p(ets:test_ms(O, MS)) || MS <- id([
        [{{'$1', '$2', '$3'}, [], ['$$']}],
        [{{'$1', '_', '_'}, [], ['$_']}],
        [{{b, '_', '_'}, [], [true]}],
        [{'$1', [], [{element, 3, '$1'}]}],
        [{{'$1', '$2', '_'}, [{is_list, '$2'}], [{{'$1', {length, '$2'}}}]}],
        [{{'$1', '$2', '$3'}, [{'>', '$3', 5}], [no]}, {'_', [], [yes]}],
        [{{'$1', '_', '_'}, [], ['$3']}],
        [{{'$1', '_', '_'}, [{foo, '$1'}], ['$1']}],
        [{{'$1', '_', '_'}, [], []}],
        [{{'$1', '_', '_'}, [], [{message, '$1'}]}],
        [{{'$1', '_', '_'}, [], [{'$1'}]}],
        [{{'$1', '_', '_'}, [], [{const}]}],
        [{{'$1', '_', '_'}, [], [{is_boolean, '$1'}, {ceil, 1.5}]}],
        [{{'$1', '_', '_'}, [], [{get_tcw}]}],
        [{{'$1', '_', '_'}, [], [{hd, '$1'}]}],
        [{{'$1', '_', '_'}, [], [{hd, '$1'}, ok]}],
        [],
        not_a_list])],
    p(ets:test_ms({}, [{{}, [], [empty]}])),
    p(ets:test_ms({x}, [{'_', [{'==', {self}, {self}}], [{self}]}]) =:= {ok, self()}).

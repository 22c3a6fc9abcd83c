#!/usr/bin/env escript
-module(ets_new_errors).
-export([main/1]).
-mode(compile).
%% Exercises: ets:new/2 with bad names and options: badarg with OTP's stack entry.

id(X) -> X.

try_new(Name, Opts) ->
    try ets:new(Name, Opts) of
        T -> {ok, is_reference(T) orelse is_atom(T)}
    catch error:R:S -> {error, R, hd(S)}
    end.

main(_) ->
    [io:format("~p~n", [try_new(N, O)]) || {N, O} <- id([
        {"name", []}, {1, []}, {t, [foo]}, {t, [{keypos, 0}]}, {t, [{keypos, a}]},
        {t, [set | bag]}, {t, bag}, {t, [{heir, self()}]}, {t, [{heir, foo, 1}]},
        {t, [{read_concurrency, maybe}]}, {t, [{write_concurrency, 1}]},
        {t, [{protection, public}]}, {t, [named_table, {keypos, -1}]}, {t, [{keypos, 2}]}])],
    io:format("~p~n", [try_new(dup, [named_table])]),
    io:format("~p~n", [try_new(dup, [named_table])]),
    io:format("~p~n", [try_new(dup, [])]),
    ok.

#!/usr/bin/env escript
-module(exc_catch_patterns).
-export([main/1]).
-mode(compile).
%% Exercises: catch clauses with class and reason patterns and guards

id(X) -> X.
h(F) ->
    try F()
    catch
        throw:{code, N} when N > 10 -> big_code;
        throw:{code, _} -> small_code;
        error:badarith -> arith;
        error:{badmatch, V} -> {badmatch, V};
        exit:_ -> some_exit;
        _:_ -> anything_else
    end.
main(_) ->
    io:format("~p~n", [[h(F) || F <- [fun() -> throw({code, 20}) end, fun() -> throw({code, 1}) end,
                                     fun() -> id(1) / id(0) end, fun() -> {a} = id({b}) end,
                                     fun() -> exit(x) end, fun() -> error(other) end, fun() -> throw(z) end]]]).

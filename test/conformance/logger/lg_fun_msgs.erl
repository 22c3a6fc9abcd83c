#!/usr/bin/env escript
-module(lg_fun_msgs).
-export([main/1]).
-mode(compile).
%% Exercises: lazy messages: a fun and its argument, called only when the level is
%% allowed, returning {Format, Args}, a report, a string, {Msg, Meta} or ignore

main(_) ->
    logger:error(fun(A) -> {"fun format ~p", [A]} end, arg1),
    logger:error(fun(A) -> #{fun_report => A} end, arg2),
    logger:error(fun(A) -> "fun string " ++ atom_to_list(A) end, arg3),
    logger:error(fun(A) -> {{"with meta ~p", [A]}, #{logger_formatter => #{title => "T"}}} end, arg4),
    logger:error(fun(_) -> ignore end, arg5),
    logger:info(fun(_) -> io:format("never called~n"), "x" end, arg6),
    logger:error(fun(A) -> {"fun with metadata arg ~p", [A]} end, arg7, #{m => 1}),
    logger:log(warning, fun(A) -> [{kv, A}] end, arg8),
    flush(),
    io:format("done~n").

flush() -> logger_std_h:filesync(default).

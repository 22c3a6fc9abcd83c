#!/usr/bin/env escript
-module(lg_format_msgs).
-export([main/1]).
-mode(compile).
%% Exercises: format and argument messages, plain strings (never formatted), binaries,
%% atom formats, trailing newlines, and the FORMAT ERROR text for bad formats

main(_) ->
    logger:error("one ~p two ~s three ~w", [1, "two", {3}]),
    logger:error("a plain string with ~p is not formatted"),
    logger:error("trailing newline~n", []),
    logger:error("two newlines~n~n", []),
    logger:error("string newline\n"),
    logger:error(<<"a binary string">>),
    logger:error(<<"binary format ~p">>, [ok]),
    logger:error(atom_format, []),
    logger:error("unicode ~ts", [[955, 956]]),
    logger:error("~p", [lists:seq(1, 30)]),
    logger:error("indent ~p", [{a_long_atom_name, lists:seq(1, 25)}]),
    logger:error(""),
    flush(),
    io:format("-- bad formats~n"),
    logger:error("missing ~p ~p", [1]),
    logger:error("extra ~p", [1, 2]),
    logger:error("bad control ~q", [1]),
    logger:error({string, "not a format"}),
    flush(),
    io:format("done~n").

flush() -> logger_std_h:filesync(default).

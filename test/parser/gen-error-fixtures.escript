#!/usr/bin/env escript
%% -*- erlang -*-
%% Records what real OTP reports for the erroneous programs in test/parser/errors/:
%% for each Name.erl, Name.expected holds the errors whose origin is erl_parse, one per
%% line as erlc prints them ("Line:Col: Message"). Run from the repository root:
%%   escript test/parser/gen-error-fixtures.escript
main(_) ->
    Dir = "test/parser/errors",
    Files = lists:sort(filelib:wildcard(filename:join(Dir, "*.erl"))),
    [record(F) || F <- Files],
    io:format("~w files~n", [length(Files)]).

record(F) ->
    Errors = case compile:file(F, [return_errors, binary]) of
                 {error, Es, _Ws} -> [E || {_File, Es1} <- Es, E <- Es1];
                 {ok, _, _} -> [];
                 {ok, _} -> []
             end,
    Lines = [format(Loc, Mod, Desc) || {Loc, Mod, Desc} <- Errors, Mod =:= erl_parse],
    Out = filename:rootname(F) ++ ".expected",
    ok = file:write_file(Out, unicode:characters_to_binary([[L, $\n] || L <- Lines])).

format({Line, Col}, Mod, Desc) ->
    io_lib:format("~w:~w: ~ts", [Line, Col, Mod:format_error(Desc)]);
format(Line, Mod, Desc) ->
    io_lib:format("~w:0: ~ts", [Line, Mod:format_error(Desc)]).

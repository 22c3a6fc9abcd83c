#!/usr/bin/env escript
%% -*- erlang -*-
%% Records OTP's abstract forms for the valid programs in test/parser/cases/: for each
%% Name.erl, Name.forms holds what epp:parse_file(F, [{location, {1,1}}]) returns, one
%% form per line as io_lib:format("~w", [Form]) writes it (the final eof form left out).
%% Run from the repository root:
%%   escript test/parser/gen-fixtures.escript
main(_) ->
    Files = lists:sort(filelib:wildcard("test/parser/cases/*.erl")),
    Bad = lists:append([record(F) || F <- Files]),
    io:format("~w files~n", [length(Files)]),
    [io:format(standard_error, "~s: ~p~n", [F, E]) || {F, E} <- Bad],
    case Bad of [] -> ok; _ -> halt(1) end.

record(F) ->
    {ok, Forms} = epp:parse_file(F, [{location, {1, 1}}]),
    Lines = [io_lib:format("~w~n", [Form]) || Form <- Forms, element(1, Form) =/= eof],
    ok = file:write_file(filename:rootname(F) ++ ".forms", unicode:characters_to_binary(Lines)),
    [{F, E} || {error, E} <- Forms].

#!/usr/bin/env escript
%% -*- erlang -*-
%% OTP's abstract forms for its own sources, for test/parser/otp-corpus.test.ts.
%%   escript otp-corpus-forms.escript OUT            one line per file of lib/*/src/*.erl:
%%       "Path md5" where md5 is of the forms of epp:parse_file(Path, [{includes, I},
%%       {location, {1,1}}]) written one per line with ~w (eof and warnings left out),
%%       or "Path error" when epp returns an error form for the file;
%%   escript otp-corpus-forms.escript OUT full P...  those forms in full, for each P,
%%       after a line "=== P".
%% The include path I is every lib/*/src dir, then every lib/*/include dir.
main([Out | Rest]) ->
    Root = code:lib_dir(),
    Incs = filelib:wildcard(filename:join(Root, "*/src")) ++ filelib:wildcard(filename:join(Root, "*/include")),
    {ok, Fd} = file:open(Out, [write, {encoding, utf8}]),
    case Rest of
        ["full" | Files] ->
            [begin
                 io:format(Fd, "=== ~ts~n", [F]),
                 {ok, Text} = forms_text(F, Incs),
                 io:put_chars(Fd, Text)
             end || F <- Files];
        [] ->
            Files = lists:sort(filelib:wildcard(filename:join(Root, "*/src/*.erl"))),
            [case forms_text(F, Incs) of
                 {ok, Text} ->
                     Md5 = erlang:md5(unicode:characters_to_binary(Text)),
                     io:format(Fd, "~ts ~s~n", [F, [io_lib:format("~2.16.0b", [B]) || <<B>> <= Md5]]);
                 error ->
                     io:format(Fd, "~ts error~n", [F])
             end || F <- Files]
    end,
    ok = file:close(Fd).

forms_text(F, Incs) ->
    {ok, Forms} = epp:parse_file(F, [{includes, Incs}, {location, {1, 1}}]),
    case [E || {error, _} = E <- Forms] of
        [] -> {ok, [io_lib:format("~w~n", [Form]) || Form <- Forms, element(1, Form) =/= eof, element(1, Form) =/= warning]};
        _ -> error
    end.

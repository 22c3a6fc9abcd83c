#!/usr/bin/env escript
%% -*- erlang -*-
%% Prepares the OTP lint comparison run by test/lint/otp-lint-diff.test.ts:
%%
%%   escript test/lint/otp-lint-diff.escript [OUTDIR]     (default /tmp/erlts-otp-lint)
%%
%% For each OTP source listed in test/otp-corpus/epp-clean.txt it writes to OUTDIR
%%   NAME.erl       the file preprocessed by epp and printed back by erl_pp (no macros,
%%                  includes or conditionals left, -file attributes dropped), so that
%%                  erlts's lexer and parser can read it without the preprocessor;
%%   NAME.erl.lint  what erl_lint:module/3 says about that printed file, one line per
%%                  diagnostic: "SEVERITY LINE:COL TAG MESSAGE" (newlines as \n).
%% Both sides then lint the same text, so every diagnostic must agree exactly. (erl_pp
%% prints erlang:F(...) as F(...) for auto-imported BIFs, which makes some calls look
%% local; that changes both sides alike.) Nothing here is committed: it is regenerated
%% from the installed OTP whenever wanted; it takes a few seconds.
-mode(compile).

main(Args) ->
    Out = case Args of [D] -> D; [] -> "/tmp/erlts-otp-lint" end,
    ok = filelib:ensure_dir(filename:join(Out, "x")),
    Here = filename:dirname(escript:script_name()),
    {ok, Bin} = file:read_file(filename:join([Here, "..", "otp-corpus", "epp-clean.txt"])),
    Wanted = [binary_to_list(L) || L <- binary:split(Bin, <<"\n">>, [global]), L =/= <<>>],
    Root = code:lib_dir(),
    Incs = filelib:wildcard(filename:join(Root, "*/src")) ++ filelib:wildcard(filename:join(Root, "*/include")),
    Files = [F || F <- filelib:wildcard(filename:join(Root, "*/src/*.erl")), lists:member(rel(Root, F), Wanted)],
    N = length([ok || F <- Files, one(F, Incs, Out) =:= ok]),
    io:format("~w of ~w files written to ~s~n", [N, length(Files), Out]).

one(F, Incs, Out) ->
    {ok, Forms} = epp:parse_file(F, [{includes, Incs}]),
    Pp = filename:join(Out, filename:basename(F)),
    ok = file:write_file(Pp, unicode:characters_to_binary([pp(Fm) || Fm <- Forms])),
    case epp:parse_file(Pp, [{location, {1, 1}}]) of
        {ok, Forms2} ->
            R = case erl_lint:module(Forms2, filename:basename(F), []) of
                    {ok, Ws} -> [{warning, W} || {_, L} <- Ws, W <- L];
                    {error, Es, Ws} -> [{error, E} || {_, L} <- Es, E <- L] ++ [{warning, W} || {_, L} <- Ws, W <- L]
                end,
            Lines = [io_lib:format("~s ~w:~w ~s ~ts~n", [S, Ln, Col, tag(D), text(M, D)])
                     || {S, {{Ln, Col}, M, D}} <- R],
            ok = file:write_file(Pp ++ ".lint", unicode:characters_to_binary(Lines));
        _ ->
            skipped
    end.

pp({attribute, _, file, _}) -> "";
pp({eof, _}) -> "";
pp({warning, _}) -> "";
pp(F) -> erl_pp:form(F, [{encoding, utf8}]).

tag(A) when is_atom(A) -> atom_to_list(A);
tag(T) when is_tuple(T) -> atom_to_list(element(1, T));
tag(_) -> "other".

text(M, D) -> string:replace(lists:flatten(io_lib:format("~ts", [M:format_error(D)])), "\n", "\\n", all).

rel(Root, F) ->
    [App | Rest] = filename:split(string:prefix(F, Root ++ "/")),
    filename:join([hd(string:split(App, "-")) | Rest]).

#!/usr/bin/env escript
%% -*- erlang -*-
%% The BEAM side of test/preprocess/otp-corpus.test.ts: epp:scan_file/2 over OTP's own
%% sources in ONE run of the VM. For each file it writes one line
%%
%%   <absolute file name> <md5 of the canonical text of epp's result> <number of items>
%%
%% or, with `full`, the canonical text itself (for the files named on the command line,
%% each after a line `=== <file>`):
%%
%%   escript otp-corpus-dump.escript OUT                  every lib/*/src/*.erl
%%   escript otp-corpus-dump.escript OUT full FILE ...    canonical text of some files
%%   escript otp-corpus-dump.escript OUT dir DIR          canonical text of DIR/*.erl
%%
%% Include path: every lib/*/src dir, then every lib/*/include dir (as
%% test/otp-corpus/gen-file-list.escript); for `dir`, DIR itself. Start location {1,1}.
%% (differential.test.ts uses `dir` for its generated files.)
%%
%% Canonical text (the test builds the same text from erlts's result): one line per item,
%%   F <file> then, tab-separated, each token as `Cat Line Col Gen Value`
%%   E|W <file> Line Col Module Tag Message      (an error or a warning)
%% where <file> is the file of the last -file attribute so far, Col is 0 when the
%% location has no column, Gen is 1 for a token marked generated, and Value is - (no
%% value), the code points joined by `.` (atoms, variables, strings; also <file> and
%% Message), decimal (integers, chars) or the 16 hex digits of the IEEE double (floats).
-mode(compile).

main([Out | Rest]) ->
    Root = code:lib_dir(),
    Incs = filelib:wildcard(filename:join(Root, "*/src")) ++
           filelib:wildcard(filename:join(Root, "*/include")),
    case Rest of
        [] ->
            Files = lists:sort(filelib:wildcard(filename:join(Root, "*/src/*.erl"))),
            Lines = [[F, " ", md5(F, Incs)] || F <- Files],
            ok = file:write_file(Out, [[L, "\n"] || L <- Lines]);
        ["full" | Files] ->
            ok = file:write_file(Out, [["=== ", F, "\n", canonical(F, Incs)] || F <- Files]);
        ["dir", Dir] ->
            Files = lists:sort(filelib:wildcard(filename:join(Dir, "*.erl"))),
            ok = file:write_file(Out, [["=== ", F, "\n", canonical(F, [Dir])] || F <- Files])
    end.

md5(F, Incs) ->
    Text = canonical(F, Incs),
    N = length(binary:matches(Text, <<"\n">>)),
    [binary:encode_hex(crypto:hash(md5, Text)), " ", integer_to_list(N)].

canonical(F, Incs) ->
    case scan_file(F, [{includes, Incs}, {location, {1,1}}]) of
        {ok, Forms, _} ->
            {Lines, _} = lists:mapfoldl(fun item/2, F, [X || X <- Forms, not is_eof(X)]),
            unicode:characters_to_binary(Lines);
        {error, E} ->
            unicode:characters_to_binary(io_lib:format("open error ~p~n", [E]))
    end.

%% epp:scan_file/2, except that a -warning does not crash it (OTP 25's scan_file/1 has
%% no clause for {warning, ...}).
scan_file(File, Opts) ->
    case epp:open([{name, File}, extra | Opts]) of
        {ok, Epp, Extra} ->
            Forms = scan_forms(Epp),
            epp:close(Epp),
            {ok, Forms, Extra};
        {error, E} ->
            {error, E}
    end.

scan_forms(Epp) ->
    case epp:scan_erl_form(Epp) of
        {eof, Loc} -> [{eof, Loc}];
        {ok, Toks} -> [Toks | scan_forms(Epp)];
        Other -> [Other | scan_forms(Epp)]
    end.

is_eof({eof, _}) -> true;
is_eof(_) -> false.

item({error, Info}, File) -> {diag("E", Info, File), File};
item({warning, Info}, File) -> {diag("W", Info, File), File};
item(Toks, File0) ->
    File = case Toks of
               [{'-', _}, {atom, _, file}, {'(', _}, {string, _, S} | _] -> S;
               _ -> File0
           end,
    {["F ", cps(File), [["\t", token(T)] || T <- Toks], "\n"], File}.

diag(Kind, {Loc, Mod, Desc}, File) ->
    {L, C} = loc(Loc),
    Msg = lists:flatten(io_lib:format("~ts", [Mod:format_error(Desc)])),
    [Kind, " ", cps(File), " ", integer_to_list(L), " ", integer_to_list(C), " ", atom_to_list(Mod), " ",
     tag(Desc), " ", cps(Msg), "\n"].

loc({L, C}) -> {L, C};
loc(L) when is_integer(L) -> {L, 0}.

tag(A) when is_atom(A) -> atom_to_list(A);
tag(T) when is_tuple(T), tuple_size(T) > 0, is_atom(element(1, T)) -> atom_to_list(element(1, T));
tag([S | _] = L) when is_list(S); is_integer(S) ->
    case lists:prefix("syntax error", lists:flatten(L)) of
        true -> "syntax_error";
        false -> "parse_error"
    end;
tag(_) -> "unknown".

token(T) ->
    Anno = element(2, T),
    {L, C} = loc(erl_anno:location(Anno)),
    G = case erl_anno:generated(Anno) of true -> "1"; false -> "0" end,
    [atom_to_list(erl_scan:category(T)), " ", integer_to_list(L), " ", integer_to_list(C), " ", G, " ", value(T)].

value({_, _}) -> "-";
value({atom, _, A}) -> cps(atom_to_list(A));
value({var, _, V}) -> cps(atom_to_list(V));
value({string, _, S}) -> cps(S);
value({char, _, C}) -> integer_to_list(C);
value({integer, _, I}) -> integer_to_list(I);
value({float, _, F}) -> binary:encode_hex(<<F:64/float>>).

cps(S) -> lists:join(".", [integer_to_list(C) || C <- S]).

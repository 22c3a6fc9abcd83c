#!/usr/bin/env escript
%% -*- erlang -*-
%% Records what real Erlang/OTP 25 does with the preprocessor and lexer test cases, as
%% JSON fixtures beside them. The tests (test/preprocess/cases.test.ts,
%% test/lexer/cases.test.ts) compare erlts with these files exactly. Never edit a
%% fixture by hand: change or add a case, then run (from the repository root)
%%
%%   escript test/preprocess/gen-expected.escript            every case
%%   escript test/preprocess/gen-expected.escript NAME ...   some cases
%%
%% Preprocessor cases: test/preprocess/cases/NAME.erl -> NAME.json, what
%%   epp:scan_file("NAME.erl", [{includes, ["include"]}, {location, {1,1}}])
%% returns, run in the cases directory (so file names stay relative). A first line
%%   %% pp-opts: D=NAME D=NAME=VALUE I=DIR S=SOURCENAME
%% adds predefined macros (-D, the value read as a term), include directories and a
%% source name. Applications under cases/libroot/ are put in the code path, so that
%% -include_lib finds them as code:lib_dir/1 does (an empty ebin/ is made for each).
%%
%% Paths: filename:join/2 and filename:dirname/1 on test/preprocess/paths.txt ->
%% paths.json (the names epp gives include files are built with them).
%%
%% Lexer cases: test/lexer/cases/NAME.erl -> NAME.json, the results of calling
%% io:scan_erl_form/3 on the file until end of file, as epp reads it (encoding from a
%% coding comment, start location {1,1}), each with the location it ends at.
%%
%% JSON: a token is [Category, Value, Line, Column] (+ true when the token is marked
%% generated); Value is null for punctuation and reserved words, a string for atoms,
%% variables and strings, a number for chars, a decimal string for integers and a
%% number for floats. Column is null when the location has none.
-mode(compile).

main(Args) ->
    Root = filename:dirname(filename:dirname(filename:absname(escript:script_name()))),
    PpDir = filename:join([Root, "preprocess", "cases"]),
    LexDir = filename:join([Root, "lexer", "cases"]),
    setup_libroot(PpDir),
    Wanted = [strip_ext(A) || A <- Args],
    Pp = [pp_case(PpDir, N) || N <- cases(PpDir, Wanted)],
    Lx = [lex_case(LexDir, N) || N <- cases(LexDir, Wanted)],
    paths(filename:join(Root, "preprocess")),
    io:format("recorded ~w preprocessor cases, ~w lexer cases~n", [length(Pp), length(Lx)]).

%% filename:join/2 and filename:dirname/1 on the inputs of paths.txt -> paths.json.
paths(Dir) ->
    {ok, Bin} = file:read_file(filename:join(Dir, "paths.txt")),
    Lines = [string:split(L, "\t", all) || L <- string:split(binary_to_list(Bin), "\n", all), L =/= ""],
    Rows = [case L of
                ["join", A, B] -> ["[\"join\", ", str(A), ", ", str(B), ", ", str(filename:join(A, B)), "]"];
                ["dirname", A] -> ["[\"dirname\", ", str(A), ", ", str(filename:dirname(A)), "]"]
            end || L <- Lines],
    write(filename:join(Dir, "paths.json"), ["[\n  ", join(Rows, ",\n  "), "\n]\n"]).

strip_ext(A) -> filename:rootname(filename:basename(A)).

cases(Dir, Wanted) ->
    All = [filename:rootname(F) || F <- lists:sort(filelib:wildcard("*.erl", Dir))],
    case Wanted of
        [] -> All;
        _ -> [N || N <- All, lists:member(N, Wanted)]
    end.

setup_libroot(PpDir) ->
    Apps = filelib:wildcard(filename:join([PpDir, "libroot", "*"])),
    {ok, Cwd} = file:get_cwd(),
    ok = file:set_cwd(PpDir),
    [begin
         Ebin = filename:join(App, "ebin"),
         ok = filelib:ensure_dir(filename:join(Ebin, "x")),
         true = code:add_patha(relative(PpDir, Ebin))
     end || App <- Apps, filelib:is_dir(App)],
    ok = file:set_cwd(Cwd).

relative(Base, Path) -> string:prefix(Path, Base ++ "/").

%% ---------------------------------------------------------------- preprocessor

pp_case(Dir, Name) ->
    {ok, Cwd} = file:get_cwd(),
    ok = file:set_cwd(Dir),
    File = Name ++ ".erl",
    Opts = case_opts(File),
    Res = try scan_file(File, [{location, {1,1}} | Opts])
          after ok = file:set_cwd(Cwd)
          end,
    Json = case Res of
               {ok, Forms, _Extra} -> items(Forms, file_of(Opts, File));
               {error, E} ->
                   %% epp:open/1 refused (a -D definition clashes): compile reports
                   %% epp:format_error(E) for the file, without a location.
                   ["{\"open_error\": {\"tag\": ", str(tag(E)), ", \"message\": ",
                    str(lists:flatten(io_lib:format("~ts", [epp:format_error(E)]))), "}}\n"]
           end,
    write(filename:join(Dir, Name ++ ".json"), Json),
    Name.

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

file_of(Opts, File) -> proplists:get_value(source_name, Opts, File).

%% The options of the first line's `%% pp-opts:` comment.
case_opts(File) ->
    {ok, Bin} = file:read_file(File),
    [First | _] = binary:split(Bin, <<"\n">>),
    Words = case string:prefix(binary_to_list(First), "%% pp-opts:") of
                nomatch -> [];
                Rest -> string:lexemes(Rest, " ")
            end,
    Macros = [macro(W) || "D=" ++ W <- Words],
    Incs = [D || "I=" ++ D <- Words] ++ ["include"],
    Src = [{source_name, S} || "S=" ++ S <- Words],
    [{includes, Incs}, {macros, Macros} | Src].

macro(W) ->
    case string:split(W, "=") of
        [N] -> list_to_atom(N);
        [N, V] ->
            {ok, Ts, _} = erl_scan:string(V ++ " ."),
            {ok, T} = erl_parse:parse_term(Ts),
            {list_to_atom(N), T}
    end.

%% The forms, each with the file of the last -file attribute seen.
items(Forms, File0) ->
    {Items, _} = lists:mapfoldl(fun item/2, File0, [F || F <- Forms, not is_eof(F)]),
    ["{\"items\": [\n  ", join(Items, ",\n  "), "\n]}\n"].

is_eof({eof, _}) -> true;
is_eof(_) -> false.

item({error, Info}, File) -> {diag("error", Info, File), File};
item({warning, Info}, File) -> {diag("warning", Info, File), File};
item(Toks, File0) ->
    File = case Toks of
               [{'-', _}, {atom, _, file}, {'(', _}, {string, _, F} | _] -> F;
               _ -> File0
           end,
    {["{\"file\": ", str(File), ", \"form\": [", join([token(T) || T <- Toks], ", "), "]}"], File}.

diag(Kind, {Loc, Mod, Desc}, File) ->
    {L, C} = loc(Loc),
    Msg = lists:flatten(io_lib:format("~ts", [Mod:format_error(Desc)])),
    ["{\"file\": ", str(File), ", \"", Kind, "\": {\"line\": ", int(L), ", \"col\": ", int(C),
     ", \"module\": ", str(atom_to_list(Mod)), ", \"tag\": ", str(tag(Desc)),
     ", \"message\": ", str(Msg), "}}"].

loc({L, C}) -> {L, C};
loc(L) when is_integer(L) -> {L, null}.

tag(A) when is_atom(A) -> atom_to_list(A);
tag(T) when is_tuple(T), tuple_size(T) > 0, is_atom(element(1, T)) -> atom_to_list(element(1, T));
tag([S | _] = L) when is_list(S); is_integer(S) ->
    case lists:prefix("syntax error", lists:flatten(L)) of
        true -> "syntax_error";
        false -> "parse_error"
    end;
tag(_) -> "unknown".

token(T) ->
    Cat = erl_scan:category(T),
    Anno = element(2, T),
    {L, C} = loc(erl_anno:location(Anno)),
    Gen = case erl_anno:generated(Anno) of true -> ", true"; false -> "" end,
    ["[", str(atom_to_list(Cat)), ", ", value(T), ", ", int(L), ", ", int(C), Gen, "]"].

value({_, _}) -> "null";
value({atom, _, A}) -> str(atom_to_list(A));
value({var, _, V}) -> str(atom_to_list(V));
value({string, _, S}) -> str(S);
value({char, _, C}) -> integer_to_list(C);
value({integer, _, I}) -> str(integer_to_list(I));
value({float, _, F}) -> float_to_list(F, [short]).

%% ---------------------------------------------------------------- lexer

lex_case(Dir, Name) ->
    Path = filename:join(Dir, Name ++ ".erl"),
    {ok, Fd} = file:open(Path, [read]),
    _ = epp:set_encoding(Fd),
    Items = try scan_all(Fd, {1, 1}, [])
            after file:close(Fd)
            end,
    write(filename:join(Dir, Name ++ ".json"), ["{\"items\": [\n  ", join(Items, ",\n  "), "\n]}\n"]),
    Name.

scan_all(Fd, Loc, Acc) ->
    case io:scan_erl_form(Fd, '', Loc) of
        {ok, Toks, End} ->
            I = ["{\"form\": [", join([token(T) || T <- Toks], ", "), "], \"end\": ", loc_json(End), "}"],
            scan_all(Fd, End, [I | Acc]);
        {error, {ELoc, Mod, Desc}, End} ->
            {L, C} = loc(ELoc),
            Msg = lists:flatten(io_lib:format("~ts", [Mod:format_error(Desc)])),
            I = ["{\"error\": {\"line\": ", int(L), ", \"col\": ", int(C), ", \"module\": ",
                 str(atom_to_list(Mod)), ", \"tag\": ", str(tag(Desc)), ", \"message\": ", str(Msg),
                 "}, \"end\": ", loc_json(End), "}"],
            scan_all(Fd, End, [I | Acc]);
        {eof, End} ->
            lists:reverse([["{\"eof\": ", loc_json(End), "}"] | Acc]);
        {error, _} ->
            %% The file server gave up (invalid UTF-8 at the start of a form).
            lists:reverse(["{\"gave_up\": true}" | Acc])
    end.

loc_json(L) ->
    {Line, Col} = loc(L),
    ["[", int(Line), ", ", int(Col), "]"].

%% ---------------------------------------------------------------- JSON

write(File, IoData) ->
    ok = file:write_file(File, unicode:characters_to_binary(IoData)).

join([], _) -> [];
join([X], _) -> [X];
join([X | Xs], Sep) -> [X, Sep | join(Xs, Sep)].

int(null) -> "null";
int(I) -> integer_to_list(I).

str(S) -> [$", [esc(C) || C <- lists:flatten(S)], $"].

esc($") -> "\\\"";
esc($\\) -> "\\\\";
esc($\n) -> "\\n";
esc($\t) -> "\\t";
esc(C) when C < 32; C =:= 127 -> io_lib:format("\\u~4.16.0b", [C]);
esc(C) when C > 16#FFFF ->
    V = C - 16#10000,
    io_lib:format("\\u~4.16.0b\\u~4.16.0b", [16#D800 + (V bsr 10), 16#DC00 + (V band 16#3FF)]);
esc(C) -> C.

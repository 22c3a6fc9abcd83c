#!/usr/bin/env escript
%% -*- erlang -*-
%% Records what real Erlang/OTP says about each case of the diagnostics corpus, so
%% that test/diagnostics/corpus.test.ts can compare erlts with it. Never edit the
%% fixtures by hand: change a case, then re-run
%%
%%   escript test/diagnostics/record-erlc.escript            (every case)
%%   escript test/diagnostics/record-erlc.escript name ...   (some cases)
%%
%% For cases/NAME.erl it writes, beside the case:
%%   NAME.json      what compile:file/2 returns with erlc's default options plus
%%                  return_errors/return_warnings: for each diagnostic its severity,
%%                  origin module, descriptor tag, file, line, column, the text of
%%                  Module:format_error/1 and the descriptor itself (~p), in the
%%                  order compile returns them;
%%   NAME.erlc.txt  everything `erlc NAME.erl` prints, byte for byte (erlc writes
%%                  latin-1: code points above 255 come out as \x{HEX}).
%% Both are produced with the case directory as the current directory and the case
%% named by its base name, as a user would type `erlc NAME.erl`; beams go to a
%% scratch directory whose name is removed from the output.
-mode(compile).
-define(OUT, "/tmp/erlts-diag-out").

main(Args) ->
    Dir = filename:join(filename:dirname(escript:script_name()), "cases"),
    ok = file:set_cwd(Dir),
    ok = filelib:ensure_dir(filename:join(?OUT, "x")),
    Cases = case Args of
                [] -> lists:sort(filelib:wildcard("*.erl"));
                _ -> [case filename:extension(A) of ".erl" -> A; _ -> A ++ ".erl" end || A <- Args]
            end,
    Results = pmap(fun record/1, Cases, 2),
    io:format("recorded ~w cases~n", [length(Results)]).

%% Run F over Xs with at most N at a time (erlc starts a VM per case).
pmap(F, Xs, N) ->
    Self = self(),
    {Running, Rest} = lists:split(min(N, length(Xs)), Xs),
    Refs = [spawn_one(Self, F, X) || X <- Running],
    pmap_loop(F, Rest, Refs, []).
spawn_one(Self, F, X) ->
    Ref = make_ref(),
    spawn_link(fun() -> Self ! {Ref, F(X)} end),
    Ref.
pmap_loop(_F, [], [], Acc) -> Acc;
pmap_loop(F, Rest, Refs, Acc) ->
    receive
        {Ref, R} ->
            Refs1 = lists:delete(Ref, Refs),
            case Rest of
                [X | Xs] -> pmap_loop(F, Xs, [spawn_one(self(), F, X) | Refs1], [R | Acc]);
                [] -> pmap_loop(F, [], Refs1, [R | Acc])
            end
    end.

record(File) ->
    Base = filename:rootname(File),
    {Exit, Errors, Warnings} =
        %% erlc's options (erl_compile:make_erl_options/1) minus report_*, which
        %% only print; return_* hand the diagnostics back instead.
        case compile:file(File, [return_errors, return_warnings, {cwd, "."}, {outdir, ?OUT}]) of
            {ok, _Mod, Ws} -> {0, [], Ws};
            {error, Es, Ws} -> {1, Es, Ws};
            error -> {1, [], []}
        end,
    Diags = [diag(error, F, E) || {F, Es} <- Errors, E <- Es] ++
            [diag(warning, F, W) || {F, Ws} <- Warnings, W <- Ws],
    Json = ["{\n  \"file\": ", str(File), ",\n  \"exit\": ", integer_to_list(Exit),
            ",\n  \"diagnostics\": [", join([["\n    ", D] || D <- Diags], ","),
            "\n  ]\n}\n"],
    ok = file:write_file(Base ++ ".json", unicode:characters_to_binary(Json)),
    Out = os:cmd("erlc -o " ?OUT " " ++ File ++ " 2>&1"),
    ok = file:write_file(Base ++ ".erlc.txt", strip_out(list_to_binary(Out))),
    io:format("~s: ~w diagnostics~n", [File, length(Diags)]),
    File.

strip_out(Bin) -> binary:replace(Bin, <<?OUT "/">>, <<>>, [global]).

diag(Severity, File0, {Loc, Mod, Desc}) ->
    File = binary_to_list(strip_out(unicode:characters_to_binary(File0))),
    {Line, Col} = case Loc of
                      {L, C} -> {L, C};
                      L when is_integer(L) -> {L, 0};
                      none -> {0, 0}
                  end,
    Text = unicode:characters_to_list(io_lib:format("~ts", [Mod:format_error(Desc)])),
    ["{\"severity\": ", str(atom_to_list(Severity)),
     ", \"origin\": ", str(atom_to_list(Mod)),
     ", \"code\": ", str(lists:flatten(tag(Desc))),
     ", \"file\": ", str(File),
     ", \"line\": ", integer_to_list(Line),
     ", \"col\": ", integer_to_list(Col),
     ", \"message\": ", str(Text),
     ", \"descriptor\": ", str(unicode:characters_to_list(io_lib:format("~0tp", [Desc]))),
     "}"].

%% The descriptor's tag: the atom (or ms_transform's error number), or the first element of
%% a tagged tuple. erl_parse
%% describes its errors with bare strings; we tag them as erlts's parser does:
%% `syntax_error`, or the leading words of the message in snake case
%% ("bad Name/Arity" -> bad_name_arity, "unsupported constraint 'x'" -> unsupported_constraint).
tag(A) when is_atom(A) -> atom_to_list(A);
tag(T) when is_tuple(T), tuple_size(T) > 0, is_atom(element(1, T)) -> atom_to_list(element(1, T));
%% ms_transform numbers its errors: N or {N, ...}.
tag(N) when is_integer(N) -> integer_to_list(N);
tag(T) when is_tuple(T), tuple_size(T) > 0, is_integer(element(1, T)) -> integer_to_list(element(1, T));
tag([S | _] = L) when is_list(S); is_integer(S) ->
    Text = lists:flatten(L),
    case lists:prefix("syntax error", Text) of
        true -> "syntax_error";
        false ->
            Words = lists:takewhile(fun(C) -> (C >= $a andalso C =< $z) orelse (C >= $A andalso C =< $Z)
                                              orelse C =:= $/ orelse C =:= $\s end, Text),
            Parts = string:lexemes(string:lowercase(string:trim(Words)), " /"),
            lists:join("_", Parts)
    end;
tag(_) -> "unknown".

join([], _) -> [];
join([X], _) -> [X];
join([X | Xs], Sep) -> [X, Sep | join(Xs, Sep)].

%% A JSON string; everything outside printable ASCII as \uXXXX (surrogate pairs above
%% the BMP), so the fixture files stay ASCII.
str(S) -> [$", [jchar(C) || C <- S], $"].
jchar($") -> "\\\"";
jchar($\\) -> "\\\\";
jchar($\n) -> "\\n";
jchar($\t) -> "\\t";
jchar(C) when C < 32; C > 126, C < 16#10000 -> io_lib:format("\\u~4.16.0b", [C]);
jchar(C) when C >= 16#10000 ->
    V = C - 16#10000,
    io_lib:format("\\u~4.16.0b\\u~4.16.0b", [16#D800 + (V bsr 10), 16#DC00 + (V band 16#3FF)]);
jchar(C) -> C.

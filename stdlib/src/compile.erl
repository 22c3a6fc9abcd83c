%% compile: compile:file/1,2 (and forms-free subset of OTP's compiler API) over erlts's
%% own compiler. erlts cannot write BEAM: the object code is erlts's format
%% (runtime/exec/object-file.ts), written as Mod.beam so that a program that compiles
%% into a directory and loads from the code path runs unchanged. docs/code-loading.md.
-module(compile).
-export([file/1, file/2, noenv_file/2, format_error/1]).

file(File) ->
    file(File, [verbose, report_errors, report_warnings]).

noenv_file(File, Opts) ->
    file(File, Opts).

file(File, Opt) when is_atom(Opt) ->
    file(File, [Opt]);
file(File0, Opts) when is_list(Opts) ->
    File = case is_atom(File0) of
               true -> atom_to_list(File0);
               false -> File0
           end,
    Flat = lists:flatmap(fun expand/1, Opts),
    Incs = [D || {i, D} <- Flat],
    Defs = [{M, ""} || {d, M} <- Flat] ++ [{M, value_text(V)} || {d, M, V} <- Flat],
    Src = case filename:extension(File) of
              ".erl" -> File;
              _ -> File ++ ".erl"
          end,
    Result = erlts_code:compile_file(Src, Incs, Defs),
    Has = fun(O) -> lists:member(O, Flat) end,
    case Result of
        {ok, Mod, Bin, Warns} ->
            report(Has(report_warnings), Warns),
            emit(Mod, Bin, Src, Warns, Flat, Has);
        {error, Errs, Warns} ->
            report(Has(report_errors), Errs),
            report(Has(report_warnings), Warns),
            case Has(return_errors) of
                true -> {error, to_list(Src, Errs), to_list(Src, Warns)};
                false -> error
            end
    end.

%% Write Mod.beam (or return the binary) once the source compiled.
emit(Mod, Bin, Src, Warns, Opts, Has) ->
    Ret = case Has(return_warnings) of
              true -> [to_list(Src, Warns)];
              false -> []
          end,
    case Has(binary) of
        true ->
            list_to_tuple([ok, Mod, Bin | Ret]);
        false ->
            Dir = proplists:get_value(outdir, Opts, "."),
            Base = filename:rootname(filename:basename(Src)),
            Out = filename:join(Dir, Base ++ ".beam"),
            case erlts_code:write_file(Out, Bin) of
                ok ->
                    list_to_tuple([ok, Mod | Ret]);
                {error, Reason} ->
                    case Has(report_errors) of
                        true -> io:format("~ts: error writing file: ~ts~n", [Out, file:format_error(Reason)]);
                        false -> ok
                    end,
                    case Has(return_errors) of
                        true -> {error, [{Out, [{none, compile, {write_error, Reason}}]}], []};
                        false -> error
                    end
            end
    end.

expand(report) -> [report_errors, report_warnings];
expand(return) -> [return_errors, return_warnings];
expand({outdir, D}) when is_atom(D) -> [{outdir, atom_to_list(D)}];
expand(O) -> [O].

value_text(V) -> lists:flatten(io_lib:format("~w", [V])).

report(false, _) -> ok;
report(true, Ds) -> [io:put_chars(Text) || {_, _, _, _, Text} <- Ds], ok.

%% Diagnostics as compile's return lists: [{File, [{Location, Module, Descriptor}]}].
%% The descriptor is erlts's tag of OTP's (the atom of its first element), see
%% docs/code-loading.md.
to_list(_, []) -> [];
to_list(Src, Ds) ->
    [{Src, [{loc(L, C), Origin, Code} || {L, C, Origin, Code, _} <- Ds]}].

loc(0, _) -> none;
loc(L, 0) -> L;
loc(L, C) -> {L, C}.

format_error({write_error, Reason}) ->
    io_lib:format("error writing file: ~ts", [file:format_error(Reason)]);
format_error(X) ->
    io_lib:format("~p", [X]).

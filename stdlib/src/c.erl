%% c: the shell's c/1,2 (compile and load) and l/1 (load) helpers.
-module(c).
-export([c/1, c/2, l/1]).

c(Mod) -> c(Mod, []).

c(File, Opts0) ->
    Opts = case is_list(Opts0) of
               true -> Opts0;
               false -> [Opts0]
           end,
    Src = case is_atom(File) of
              true -> atom_to_list(File);
              false -> File
          end,
    Dir = proplists:get_value(outdir, Opts, "."),
    case compile:file(Src, [report_errors, report_warnings, {outdir, Dir} | Opts]) of
        {ok, Mod} -> purge_and_load(Mod, Src, Dir);
        {ok, Mod, _} -> purge_and_load(Mod, Src, Dir);
        _ -> error
    end.

purge_and_load(Mod, Src, Dir) ->
    Base = filename:rootname(filename:basename(Src)),
    _ = code:purge(Mod),
    case code:load_abs(filename:join(Dir, Base)) of
        {module, Mod} -> {ok, Mod};
        Other -> Other
    end.

l(Mod) ->
    _ = code:purge(Mod),
    code:load_file(Mod).

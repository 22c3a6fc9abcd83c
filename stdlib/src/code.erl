%% code: the code server's API (kernel's code module). Versions, loading, purging and
%% the code path live in the runtime (runtime/bifs/code.ts, erlts_code); this module
%% checks arguments as OTP's does, runs -on_load functions and composes the rest.
%% The model and every known difference from OTP: docs/code-loading.md.
-module(code).
-export([load_file/1, load_abs/1, load_binary/3, ensure_loaded/1, ensure_modules_loaded/1,
         purge/1, soft_purge/1, delete/1, is_loaded/1, which/1, all_loaded/0,
         get_path/0, set_path/1, add_path/1, add_patha/1, add_pathz/1, add_paths/1,
         add_pathsa/1, add_pathsz/1, del_path/1, replace_path/2, lib_dir/0, lib_dir/1,
         lib_dir/2, root_dir/0, priv_dir/1, objfile_extension/0, get_object_code/1,
         module_status/0, module_status/1, modified_modules/0, is_sticky/1, stick_dir/1,
         unstick_dir/1, is_module_native/1, get_mode/0, interpret_binary/3]).

load_file(Mod) when is_atom(Mod) ->
    loaded(erlts_code:load_file(Mod)).

load_abs(File) when is_list(File); is_atom(File) ->
    Name = filename:rootname(filename:basename(File)),
    Mod = list_to_atom(Name),
    case file:read_file(filename:rootname(File) ++ ".beam") of
        {ok, Bin} -> load_binary(Mod, File, Bin);
        _ -> {error, nofile}
    end.

load_binary(Mod, File, Bin) when is_atom(Mod), (is_list(File) orelse is_atom(File)), is_binary(Bin) ->
    loaded(erlts_code:load_binary(Mod, File, Bin)).

ensure_loaded(Mod) when is_atom(Mod) ->
    loaded(erlts_code:autoload(Mod)).

ensure_modules_loaded(Mods) when is_list(Mods) ->
    %% OTP lists the failures last one first.
    Bad = lists:foldl(fun(M, Acc) ->
                              case ensure_loaded(M) of
                                  {module, _} -> Acc;
                                  {error, R} -> [{M, R} | Acc]
                              end
                      end, [], Mods),
    case Bad of
        [] -> ok;
        _ -> {error, Bad}
    end.

%% A load that found an -on_load function: run it in a process of its own, as OTP's
%% code server does; anything but ok unloads the new version again.
loaded({on_load, Mod, Fun}) ->
    {Pid, Ref} = spawn_monitor(fun() -> exit({on_load_result, Fun()}) end),
    Result = receive
                 {'DOWN', Ref, process, Pid, {on_load_result, R}} -> R;
                 {'DOWN', Ref, process, Pid, Reason} -> Reason
             end,
    case Result of
        ok ->
            {module, Mod};
        _ when is_atom(Result) ->
            %% OTP reports anything but an atom.
            erlts_code:on_load_failed(Mod),
            {error, on_load_failure};
        _ ->
            erlts_code:on_load_failed(Mod),
            erlts_code:report(warning,
                              lists:flatten(io_lib:format("The on_load function for module ~p returned:~n~P~n~n",
                                            [Mod, Result, 10]))),
            {error, on_load_failure}
    end;
loaded(Other) ->
    Other.

purge(Mod) when is_atom(Mod) -> erlts_code:purge(Mod).
soft_purge(Mod) when is_atom(Mod) -> erlts_code:soft_purge(Mod).
delete(Mod) when is_atom(Mod) -> erlts_code:delete(Mod).
is_loaded(Mod) when is_atom(Mod) -> erlts_code:is_loaded(Mod).
which(Mod) when is_atom(Mod) -> erlts_code:which(Mod).
all_loaded() -> erlts_code:all_loaded().
is_sticky(Mod) when is_atom(Mod) -> erlts_code:is_sticky(Mod).
stick_dir(Dir) when is_list(Dir) -> ok.
unstick_dir(Dir) when is_list(Dir) -> ok.
is_module_native(Mod) when is_atom(Mod) ->
    case erlang:module_loaded(Mod) of
        true -> false;
        false -> undefined
    end.
get_mode() -> interactive.
interpret_binary(_, _, _) -> error(notsup).

get_object_code(Mod) when is_atom(Mod) -> erlts_code:get_object_code(Mod).

module_status() -> [{M, module_status(M)} || {M, _} <- all_loaded()].
module_status(Mods) when is_list(Mods) -> [{M, module_status(M)} || M <- Mods];
module_status(Mod) when is_atom(Mod) -> erlts_code:module_status(Mod).
modified_modules() -> erlts_code:modified_modules().

%% The code path: the user's directories (the script's, -pa, what was added), then
%% the OTP application directories our stdlib answers for (docs/code-loading.md).
get_path() -> erlts_code:get_path().

set_path(Path) when is_list(Path) ->
    case lists:all(fun is_dir/1, Path) of
        true -> erlts_code:set_path([normalize(D) || D <- Path]);
        false -> {error, bad_directory}
    end.

add_path(Dir) -> add_pathz(Dir).
add_patha(Dir) when is_list(Dir) -> add_one(Dir, first).
add_pathz(Dir) when is_list(Dir) -> add_one(Dir, last).

%% A directory already in the path moves to its new place.
add_one(Dir, Where) ->
    case is_dir(Dir) of
        false ->
            {error, bad_directory};
        true ->
            Norm = normalize(Dir),
            Rest = [D || D <- get_path(), D =/= Norm],
            erlts_code:set_path(case Where of
                                    first -> [Norm | Rest];
                                    last -> Rest ++ [Norm]
                                end)
    end.

add_paths(Dirs) -> add_pathsz(Dirs).
%% Each one to the front in turn, so the list ends up reversed (as OTP's).
add_pathsa(Dirs) when is_list(Dirs) ->
    _ = [add_patha(D) || D <- Dirs],
    ok.
add_pathsz(Dirs) when is_list(Dirs) ->
    _ = [add_pathz(D) || D <- Dirs],
    ok.

%% By directory or by name (an application name: .../Name[-Vsn][/ebin]).
del_path(Name0) when is_list(Name0); is_atom(Name0) ->
    Path = get_path(),
    Keep = case Name0 of
               _ when is_atom(Name0) -> [D || D <- Path, dir_name(D) =/= atom_to_list(Name0)];
               _ ->
                   Name = normalize(Name0),
                   case lists:member(Name, Path) of
                       true -> [D || D <- Path, D =/= Name];
                       false -> [D || D <- Path, dir_name(D) =/= Name0]
                   end
           end,
    case length(Keep) =:= length(Path) of
        true -> false;
        false -> erlts_code:set_path(Keep)
    end.

%% Replaces the directory of application Name by Dir, which must be named after it;
%% added last when Name has no directory in the path.
replace_path(Name0, Dir) when (is_atom(Name0) orelse is_list(Name0)), is_list(Dir) ->
    Name = case is_atom(Name0) of
               true -> atom_to_list(Name0);
               false -> Name0
           end,
    case dir_name(Dir) =:= Name of
        false ->
            {error, bad_name};
        true ->
            case is_dir(Dir) of
                false ->
                    {error, bad_directory};
                true ->
                    Norm = normalize(Dir),
                    Path = get_path(),
                    case lists:any(fun(D) -> dir_name(D) =:= Name end, Path) of
                        false -> erlts_code:set_path(Path ++ [Norm]);
                        true -> erlts_code:set_path(replace_first(Name, Norm, Path))
                    end
            end
    end.

replace_first(_, _, []) -> [];
replace_first(Name, New, [D | T]) ->
    case dir_name(D) =:= Name of
        true -> [New | [X || X <- T, X =/= New]];
        false -> [D | replace_first(Name, New, T)]
    end.

%% The name of a path directory: .../Name[-Vsn][/ebin] gives Name.
dir_name(Dir) ->
    D = case filename:basename(Dir) of
            "ebin" -> filename:dirname(Dir);
            _ -> Dir
        end,
    hd(string:split(filename:basename(D), "-")).

normalize(Dir) ->
    case filename:split(Dir) of
        [] -> Dir;
        _ -> filename:join([Dir])
    end.

is_dir(Dir) -> is_lib(Dir) orelse erlts_code:is_dir(Dir).
is_lib(Dir) -> lists:prefix(root_dir() ++ "/lib/", Dir).

root_dir() -> "/usr/lib/erlang".
lib_dir() -> root_dir() ++ "/lib".
lib_dir(App) when is_atom(App) -> erlts_code:lib_dir(App).
lib_dir(App, SubDir) when is_atom(App), is_atom(SubDir) ->
    case lib_dir(App) of
        {error, _} = E -> E;
        Dir -> filename:join(Dir, atom_to_list(SubDir))
    end.
priv_dir(App) when is_atom(App) -> lib_dir(App, priv).
objfile_extension() -> ".beam".

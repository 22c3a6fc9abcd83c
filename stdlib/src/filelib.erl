%% filelib: file utilities over `file`. wildcard/1,2 and the regular-expression test of
%% fold_files are native (runtime/bifs/filelib.ts).
-module(filelib).
-export([is_dir/1, is_file/1, is_regular/1, is_dir/2, is_file/2, is_regular/2,
         ensure_dir/1, ensure_path/1, file_size/1, last_modified/1,
         fold_files/5, safe_relative_path/2]).

%% (by its path: these modules must compile without a lib root)
-include("../lib/kernel/include/file.hrl").

is_dir(Name) -> type_of(Name) =:= directory.
is_dir(Name, _Mod) -> is_dir(Name).

is_file(Name) ->
    T = type_of(Name),
    T =:= regular orelse T =:= directory.
is_file(Name, _Mod) -> is_file(Name).

is_regular(Name) -> type_of(Name) =:= regular.
is_regular(Name, _Mod) -> is_regular(Name).

type_of(Name) ->
    case file:read_file_info(Name) of
        {ok, #file_info{type = T}} -> T;
        _ -> none
    end.

file_size(Name) ->
    case file:read_file_info(Name) of
        {ok, #file_info{size = S}} -> S;
        _ -> 0
    end.

last_modified(Name) ->
    case file:read_file_info(Name) of
        {ok, #file_info{mtime = T}} -> T;
        _ -> 0
    end.

%% Makes the directories above Name.
ensure_dir("/") -> ok;
ensure_dir(Name) -> ensure_path(filename:dirname(Name)).

%% Makes Path and the directories above it.
ensure_path("/") -> ok;
ensure_path(Path) ->
    case is_dir(Path) of
        true -> ok;
        false ->
            case filename:dirname(Path) of
                Path -> {error, einval};
                Parent ->
                    _ = ensure_path(Parent),
                    case file:make_dir(Path) of
                        {error, eexist} = E ->
                            case is_dir(Path) of
                                true -> ok;
                                false -> E
                            end;
                        Other -> Other
                    end
            end
    end.

%% Fun(Name, Acc) over the regular files below Dir whose name matches RegExp (a
%% regular expression of re, compiled once: a bad one is a badmatch, as in OTP), in
%% directory order; into subdirectories when Recursive.
fold_files(Dir, RegExp, Recursive, Fun, Acc) ->
    {ok, Re} = re:compile(RegExp, [unicode]),
    fold_dir(Dir, Re, Recursive, Fun, Acc).

fold_dir(Dir, Re, Recursive, Fun, Acc) ->
    case file:list_dir(Dir) of
        {ok, Names} -> fold_names(Names, Dir, Re, Recursive, Fun, Acc);
        {error, _} -> Acc
    end.

fold_names([], _, _, _, _, Acc) -> Acc;
fold_names([N | Ns], Dir, Re, Recursive, Fun, Acc) ->
    Full = filename:join(Dir, N),
    Acc1 = case is_regular(Full) of
               true ->
                   case catch re:run(N, Re, [{capture, none}]) of
                       match -> Fun(Full, Acc);
                       _ -> Acc
                   end;
               false ->
                   case Recursive andalso is_dir(Full) of
                       true -> fold_dir(Full, Re, Recursive, Fun, Acc);
                       false -> Acc
                   end
           end,
    fold_names(Ns, Dir, Re, Recursive, Fun, Acc1).

%% Name made safe below Cwd: `..` may not climb above it, absolute names are unsafe.
%% (Symbolic links inside Cwd are not followed here.)
safe_relative_path(Name, _Cwd) ->
    case filename:pathtype(Name) of
        relative -> safe(filename:split(Name), []);
        _ -> unsafe
    end.

safe([], []) -> [];
safe([], Acc) -> filename:join(lists:reverse(Acc));
safe(["." | T], Acc) -> safe(T, Acc);
safe([<<".">> | T], Acc) -> safe(T, Acc);
safe([".." | _], []) -> unsafe;
safe([<<"..">> | _], []) -> unsafe;
safe([".." | T], [_ | Acc]) -> safe(T, Acc);
safe([<<"..">> | T], [_ | Acc]) -> safe(T, Acc);
safe([H | T], Acc) -> safe(T, [H | Acc]).

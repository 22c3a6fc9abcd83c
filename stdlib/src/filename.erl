%% filename: manipulation of file names as strings, deep lists or binaries, with Unix
%% rules (the only OS erlts runs on). A binary argument gives a binary result; a list
%% mixed with a binary is converted to a UTF-8 binary first. Lists may nest and hold
%% atoms, as OTP's file names may.
-module(filename).
-export([absname/1, absname/2, absname_join/2, append/2, basename/1, basename/2,
         dirname/1, extension/1, flatten/1, join/1, join/2, nativename/1,
         pathtype/1, rootname/1, rootname/2, split/1, validate/1,
         basedir/2, basedir/3]).

absname(Name) ->
    {ok, Cwd} = file:get_cwd(),
    absname(Name, Cwd).

absname(Name, Base) when is_binary(Name), is_list(Base) -> absname(Name, to_bin(Base));
absname(Name, Base) when is_list(Name), is_binary(Base) -> absname(to_bin(Name), Base);
absname(Name, Base) ->
    case pathtype(Name) of
        relative -> absname_join(Base, Name);
        absolute -> join([flatten(Name)])
    end.

absname_join(Base, Name) -> join(Base, flatten(Name)).

append(Dir, Name) when is_binary(Dir), is_binary(Name) -> <<Dir/binary, $/, Name/binary>>;
append(Dir, Name) when is_binary(Dir) -> append(Dir, to_bin(Name));
append(Dir, Name) when is_binary(Name) -> append(to_bin(Dir), Name);
append(Dir, Name) -> Dir ++ [$/ | Name].

%% ---------------------------------------------------------------- join

join([Name]) when is_binary(Name) -> list_to_binary(normalise(binary_to_list(Name), [], []));
join([Name]) when is_list(Name) -> normalise(Name, [], []);
join([Name]) when is_atom(Name) -> join([atom_to_list(Name)]);
join([A, B | Rest]) -> join([join(A, B) | Rest]).

join(A, B) when is_atom(A) -> join(atom_to_list(A), B);
join(A, B) when is_atom(B) -> join(A, atom_to_list(B));
join(A, B) when is_binary(A), is_list(B) -> join(A, to_bin(B));
join(A, B) when is_list(A), is_binary(B) -> join(to_bin(A), B);
join(A, B) when is_binary(A), is_binary(B) ->
    list_to_binary(join_chars(binary_to_list(A), binary_to_list(B)));
join(A, B) when is_list(A), is_list(B) ->
    join_chars(A, B).

join_chars(A, B) ->
    case pathtype(B) of
        relative -> normalise(A, B, []);
        absolute -> normalise(B, [], [])
    end.

%% Copies Name, then (when there is one) a separator and Next, into Acc (reversed):
%% runs of '/' become one, "/./" becomes "/", a trailing '/' goes unless it is all.
normalise([$/ | T], Next, [$., $/ | Acc]) -> normalise(T, Next, [$/ | Acc]);
normalise([$/ | T], Next, [$/ | _] = Acc) -> normalise(T, Next, Acc);
normalise([H | T], Next, Acc) when is_list(H) -> normalise(H ++ T, Next, Acc);
normalise([H | T], Next, Acc) when is_atom(H) -> normalise(atom_to_list(H) ++ T, Next, Acc);
normalise([C | T], Next, Acc) when is_integer(C) -> normalise(T, Next, [C | Acc]);
normalise([], [], [$/]) -> "/";
normalise([], [], [$/ | Acc]) -> lists:reverse(Acc);
normalise([], [], Acc) -> lists:reverse(Acc);
normalise([], Next, [$/ | _] = Acc) -> normalise(Next, [], Acc);
normalise([], Next, [$., $/ | Acc]) -> normalise(Next, [], [$/ | Acc]);
normalise([], Next, Acc) -> normalise(Next, [], [$/ | Acc]).

%% ---------------------------------------------------------------- parts

basename(Name) when is_binary(Name) ->
    case [P || P <- binary:split(Name, <<"/">>, [global]), P =/= <<>>] of
        [] -> <<>>;
        Parts -> lists:last(Parts)
    end;
basename(Name) ->
    last_component(flatten(Name), []).

%% The characters after the last '/'; a single trailing '/' is ignored.
last_component([$/], Cur) -> lists:reverse(Cur);
last_component([$/ | T], _) -> last_component(T, []);
last_component([C | T], Cur) when is_integer(C) -> last_component(T, [C | Cur]);
last_component([], Cur) -> lists:reverse(Cur).

basename(Name, Ext) when is_binary(Name), is_list(Ext) -> basename(Name, to_bin(Ext));
basename(Name, Ext) when is_list(Name), is_binary(Ext) -> basename(to_bin(Name), Ext);
basename(Name, Ext) when is_binary(Name), is_binary(Ext) ->
    Base = basename(Name),
    Keep = byte_size(Base) - byte_size(Ext),
    Skip = byte_size(Name) - byte_size(Ext) - Keep,
    case Keep >= 0 andalso Name of
        <<_:Skip/binary, Part:Keep/binary, Ext/binary>> -> Part;
        _ -> Base
    end;
basename(Name, Ext) ->
    base_without(flatten(Name), flatten(Ext), []).

base_without(Ext, Ext, Cur) -> lists:reverse(Cur);
base_without([$/], Ext, Cur) -> base_without([], Ext, Cur);
base_without([$/ | T], Ext, _) -> base_without(T, Ext, []);
base_without([C | T], Ext, Cur) when is_integer(C) -> base_without(T, Ext, [C | Cur]);
base_without([], _, Cur) -> lists:reverse(Cur).

dirname(Name) when is_binary(Name) ->
    [_ | Before] = lists:reverse(binary:split(Name, <<"/">>, [global])),
    case lists:reverse(drop_empty(Before)) of
        [] -> <<".">>;
        [<<>> | Rest] -> iolist_to_binary([$/ | lists:join($/, Rest)]);
        Parts -> iolist_to_binary(lists:join($/, Parts))
    end;
dirname(Name) ->
    dir_part(flatten(Name), [], []).

%% Drops trailing empty parts (from "a//b" or "a/b//"), keeping one if all are.
drop_empty([<<>>, X | T]) -> drop_empty([X | T]);
drop_empty(Parts) -> Parts.

%% Dir: everything before the current component (reversed); Cur: the component, with
%% the '/' that starts it.
dir_part([$/ | T], Dir, Cur) -> dir_part(T, Cur ++ Dir, [$/]);
dir_part([C | T], Dir, Cur) when is_integer(C) -> dir_part(T, Dir, [C | Cur]);
dir_part([], [], Cur) ->
    case lists:reverse(Cur) of
        [$/ | _] -> "/";
        _ -> "."
    end;
dir_part([], [$/ | Dir], Cur) -> dir_part([], Dir, Cur);
dir_part([], Dir, _) -> lists:reverse(Dir).

extension(Name) when is_binary(Name) ->
    list_to_binary(extension(binary_to_list(Name)));
extension(Name) ->
    ext_of([$/ | flatten(Name)], []).

%% The last ".xxx" of the last component, unless its dot starts the component.
ext_of([$. | T] = Ext, _) -> ext_of(T, Ext);
ext_of([$/, $. | T], _) -> ext_of(T, []);
ext_of([$/ | T], _) -> ext_of(T, []);
ext_of([C | T], Ext) when is_integer(C) -> ext_of(T, Ext);
ext_of([], Ext) -> Ext.

rootname(Name) when is_binary(Name) ->
    list_to_binary(rootname(binary_to_list(Name)));
rootname(Name) ->
    root_of(flatten(Name), [], []).

%% Root: kept characters (reversed); Ext: a pending ".xxx" (reversed), dropped at the end.
root_of([$/ | T], Root, Ext) -> root_of(T, [$/ | Ext ++ Root], []);
root_of([$. | T], [$/ | _] = Root, []) -> root_of(T, [$. | Root], []);
root_of([$. | T], Root, Ext) -> root_of(T, Ext ++ Root, ".");
root_of([C | T], Root, []) when is_integer(C) -> root_of(T, [C | Root], []);
root_of([C | T], Root, Ext) when is_integer(C) -> root_of(T, Root, [C | Ext]);
root_of([], Root, _) -> lists:reverse(Root).

rootname(Name, Ext) when is_binary(Name), is_binary(Ext) ->
    list_to_binary(rootname(binary_to_list(Name), binary_to_list(Ext)));
rootname(Name, Ext) when is_binary(Name) -> rootname(Name, to_bin(Ext));
rootname(Name, Ext) when is_binary(Ext) -> rootname(to_bin(Name), Ext);
rootname(Name, Ext) ->
    root_without(flatten(Name), flatten(Ext), []).

root_without(Ext, Ext, [$/ | _] = Acc) -> lists:reverse(Acc, Ext);
root_without(Ext, Ext, Acc) -> lists:reverse(Acc);
root_without([], _, Acc) -> lists:reverse(Acc);
root_without([C | T], Ext, Acc) when is_integer(C) -> root_without(T, Ext, [C | Acc]).

split(Name) when is_binary(Name) ->
    Parts = case binary:split(Name, <<"/">>, [global]) of
                [<<>> | Rest] when Rest =/= [] -> [<<"/">> | Rest];
                Ps -> Ps
            end,
    [P || P <- Parts, P =/= <<>>];
split(Name) ->
    case flatten(Name) of
        [$/ | T] -> split_parts(T, [], ["/"]);
        Flat -> split_parts(Flat, [], [])
    end.

split_parts([$/ | T], [], Acc) -> split_parts(T, [], Acc);
split_parts([$/ | T], Cur, Acc) -> split_parts(T, [], [lists:reverse(Cur) | Acc]);
split_parts([C | T], Cur, Acc) when is_integer(C) -> split_parts(T, [C | Cur], Acc);
split_parts([], [], Acc) -> lists:reverse(Acc);
split_parts([], Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]).

nativename(Name) -> join([Name]).

pathtype(Name) when is_atom(Name) -> pathtype(atom_to_list(Name));
pathtype(Name) when is_list(Name); is_binary(Name) -> unix_pathtype(Name).

unix_pathtype(<<$/, _/binary>>) -> absolute;
unix_pathtype([$/ | _]) -> absolute;
unix_pathtype([H | T]) when is_list(H) -> unix_pathtype(H ++ T);
unix_pathtype([H | T]) when is_atom(H) -> unix_pathtype(atom_to_list(H) ++ T);
unix_pathtype(_) -> relative.

flatten(Bin) when is_binary(Bin) -> Bin;
flatten(List) -> flat(List, []).

flat([H | T], Tail) when is_list(H) -> flat(H, flat(T, Tail));
flat([H | T], Tail) when is_atom(H) -> atom_to_list(H) ++ flat(T, Tail);
flat([H | T], Tail) -> [H | flat(T, Tail)];
flat([], Tail) -> Tail;
flat(Atom, Tail) when is_atom(Atom) -> atom_to_list(Atom) ++ flatten(Tail).

%% A file name that the file functions would accept: no NUL, characters (or bytes).
validate(Name) when is_binary(Name) ->
    binary:match(Name, <<0>>) =:= nomatch andalso byte_size(Name) > 0;
validate(Name) when is_atom(Name) -> validate(atom_to_list(Name));
validate(Name) when is_list(Name) ->
    try flatten(Name) of
        Flat -> Flat =/= [] andalso lists:all(fun valid_char/1, Flat)
    catch
        _:_ -> false
    end.

valid_char(C) when is_integer(C), C > 0, C < 16#D800 -> true;
valid_char(C) when is_integer(C), C > 16#DFFF, C =< 16#10FFFF -> true;
valid_char(_) -> false.

%% ---------------------------------------------------------------- basedir (Linux)

basedir(Type, App) -> basedir(Type, App, #{}).

basedir(Type, App, Opts) when is_atom(Type), is_map(Opts),
                              (is_list(App) orelse is_binary(App)) ->
    Name = case maps:get(version, Opts, undefined) of
               undefined -> App;
               V -> join(App, V)
           end,
    Home = fun(Var, Default) ->
                   case os:getenv(Var) of
                       false -> join(os:getenv("HOME"), Default);
                       Dir -> Dir
                   end
           end,
    case Type of
        user_cache -> join(Home("XDG_CACHE_HOME", ".cache"), Name);
        user_config -> join(Home("XDG_CONFIG_HOME", ".config"), Name);
        user_data -> join(Home("XDG_DATA_HOME", ".local/share"), Name);
        user_log -> join([Home("XDG_CACHE_HOME", ".cache"), Name, "log"]);
        site_config -> [join(D, Name) || D <- dirs("XDG_CONFIG_DIRS", "/etc/xdg")];
        site_data -> [join(D, Name) || D <- dirs("XDG_DATA_DIRS", "/usr/local/share/:/usr/share/")];
        _ -> erlang:error({case_clause, Type})
    end.

dirs(Var, Default) ->
    case os:getenv(Var) of
        false -> string:lexemes(Default, ":");
        Dirs -> string:lexemes(Dirs, ":")
    end.

to_bin(List) ->
    case unicode:characters_to_binary(flatten(List), unicode, unicode) of
        Bin when is_binary(Bin) -> Bin;
        _ -> erlang:error(badarg)
    end.

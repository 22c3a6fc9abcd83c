%% The Erlang half of module `file`: open files. A file opened without `raw` is an io
%% server process (erlts_file_io) spoken to with the I/O protocol (read, read_line,
%% write) and with file requests (position, pread, pwrite, truncate, sync, close), as
%% OTP's file.erl does; a raw file is a #file_descriptor{} record handled by the natives
%% of erlts_file (runtime/bifs/file.ts). Operations on names (read_file, list_dir, ...)
%% are natives of `file` itself; consult/1 parses natively.
-module(file).
-export([open/2, close/1, read/2, read_line/1, write/2, pread/2, pread/3,
         pwrite/2, pwrite/3, position/2, truncate/1, sync/1, datasync/1, advise/4,
         allocate/3, consult/1, path_consult/2, copy/2, copy/3, read_file_info/1,
         read_file_info/2, pid2name/1, format_error/1]).

-export_type([date_time/0, name/0, name_all/0, filename/0, filename_all/0,
              io_device/0, fd/0, posix/0]).

%% (by its path: these modules must compile without a lib root)
-include("../lib/kernel/include/file.hrl").

-type date_time() :: calendar:datetime().
-type name() :: string() | atom() | [name()].
-type name_all() :: string() | atom() | [name_all()] | binary().
-type filename() :: string().
-type filename_all() :: string() | binary().
-type fd() :: #file_descriptor{}.
-type io_device() :: pid() | fd().
-type posix() :: atom().

open(Name, Modes) when is_list(Modes) ->
    case lists:member(raw, Modes) of
        true -> erlts_file:open(Name, Modes);
        false -> erlts_file_io:start(self(), Name, Modes)
    end;
open(Name, Mode) ->
    case old_mode(Mode) of
        badarg -> {error, badarg};
        Modes -> open(Name, Modes)
    end.

%% The obsolete single-mode forms.
old_mode(read) -> [read];
old_mode(write) -> [write];
old_mode(read_write) -> [read, write];
old_mode({binary, Mode}) when is_atom(Mode) ->
    case old_mode(Mode) of badarg -> badarg; Ms -> [binary | Ms] end;
old_mode({character, Mode}) when is_atom(Mode) -> old_mode(Mode);
old_mode(_) -> badarg.

close(#file_descriptor{} = Fd) -> erlts_file:close(Fd);
close(File) when is_pid(File) ->
    case file_request(File, close) of
        {error, terminated} -> ok;
        Other -> Other
    end;
close(_) -> {error, badarg}.

read(#file_descriptor{} = Fd, N) -> erlts_file:read(Fd, N);
read(File, N) when (is_pid(File) orelse is_atom(File)), is_integer(N), N >= 0 ->
    case io_request(File, {get_chars, latin1, '', N}) of
        Data when is_list(Data); is_binary(Data) -> {ok, Data};
        Other -> Other
    end;
read(_, _) -> {error, badarg}.

read_line(#file_descriptor{} = Fd) -> erlts_file:read_line(Fd);
read_line(File) when is_pid(File); is_atom(File) ->
    case io_request(File, {get_line, latin1, ''}) of
        Data when is_list(Data); is_binary(Data) -> {ok, Data};
        Other -> Other
    end;
read_line(_) -> {error, badarg}.

write(#file_descriptor{} = Fd, Data) -> erlts_file:write(Fd, Data);
write(File, Data) when is_pid(File); is_atom(File) ->
    case make_binary(Data) of
        Bin when is_binary(Bin) -> io_request(File, {put_chars, latin1, Bin});
        Error -> Error
    end;
write(_, _) -> {error, badarg}.

pread(#file_descriptor{} = Fd, Locs) -> erlts_file:pread(Fd, Locs);
pread(File, Locs) when is_pid(File), is_list(Locs) -> pread_each(File, Locs, []);
pread(_, _) -> {error, badarg}.

%% On an io server, a list of preads is one pread/3 after another.
pread_each(_, [], Acc) -> {ok, lists:reverse(Acc)};
pread_each(File, [{At, N} | T], Acc) when is_integer(N), N >= 0 ->
    case pread(File, At, N) of
        {ok, Data} -> pread_each(File, T, [Data | Acc]);
        eof -> pread_each(File, T, [eof | Acc]);
        Error -> Error
    end;
pread_each(_, _, _) -> {error, badarg}.

pread(#file_descriptor{} = Fd, At, N) -> erlts_file:pread(Fd, At, N);
pread(File, At, N) when is_pid(File), is_integer(N), N >= 0 ->
    file_request(File, {pread, At, N});
pread(_, _, _) -> {error, badarg}.

pwrite(#file_descriptor{} = Fd, Locs) -> erlts_file:pwrite(Fd, Locs);
pwrite(File, Locs) when is_pid(File), is_list(Locs) -> pwrite_each(File, Locs, 0);
pwrite(_, _) -> {error, badarg}.

%% On an io server, a list of pwrites is one pwrite/3 after another; an error says how
%% many were done.
pwrite_each(_, [], _) -> ok;
pwrite_each(File, [{At, Data} | T], Done) ->
    case pwrite(File, At, Data) of
        ok -> pwrite_each(File, T, Done + 1);
        {error, Reason} -> {error, {Done, Reason}}
    end;
pwrite_each(_, _, _) -> {error, badarg}.

pwrite(#file_descriptor{} = Fd, At, Data) -> erlts_file:pwrite(Fd, At, Data);
pwrite(File, At, Data) when is_pid(File) ->
    case make_binary(Data) of
        Bin when is_binary(Bin) -> file_request(File, {pwrite, At, Bin});
        Error -> Error
    end;
pwrite(_, _, _) -> {error, badarg}.

position(#file_descriptor{} = Fd, At) -> erlts_file:position(Fd, At);
position(File, At) when is_pid(File) -> file_request(File, {position, At});
position(_, _) -> {error, badarg}.

truncate(#file_descriptor{} = Fd) -> erlts_file:truncate(Fd);
truncate(File) when is_pid(File) -> file_request(File, truncate);
truncate(_) -> {error, badarg}.

sync(#file_descriptor{} = Fd) -> erlts_file:sync(Fd);
sync(File) when is_pid(File) -> file_request(File, sync);
sync(_) -> {error, badarg}.

datasync(#file_descriptor{} = Fd) -> erlts_file:datasync(Fd);
datasync(File) when is_pid(File) -> file_request(File, datasync);
datasync(_) -> {error, badarg}.

%% Hints only: a known one is accepted and ignored; an unknown one is einval (which
%% ends an io server, as in OTP).
advise(File, Offset, Length, Advice)
  when (is_pid(File) orelse is_record(File, file_descriptor)), is_integer(Offset),
       is_integer(Length), is_atom(Advice) ->
    Known = lists:member(Advice, [normal, sequential, random, no_reuse, will_need, dont_need]),
    case {Known, is_pid(File)} of
        {true, _} -> ok;
        {false, true} -> file_request(File, {advise, Offset, Length, Advice});
        {false, false} -> {error, einval}
    end;
advise(_, _, _, _) -> {error, badarg}.

allocate(File, Offset, Length)
  when (is_pid(File) orelse is_record(File, file_descriptor)), is_integer(Offset),
       is_integer(Length) ->
    ok;
allocate(_, _, _) -> {error, badarg}.

read_file_info(#file_descriptor{} = Fd) -> erlts_file:read_file_info(Fd, []);
read_file_info(File) when is_pid(File) -> file_request(File, {read_file_info, []});
read_file_info(Name) -> erlts_file:name_info(Name, []).

read_file_info(#file_descriptor{} = Fd, Opts) -> erlts_file:read_file_info(Fd, Opts);
read_file_info(File, Opts) when is_pid(File) -> file_request(File, {read_file_info, Opts});
read_file_info(Name, Opts) -> erlts_file:name_info(Name, Opts).

consult(Name) ->
    case file:read_file(Name) of
        {ok, Bin} -> erlts_file:consult_bytes(Bin);
        Error -> Error
    end.

%% The first directory where Name can be opened; a missing or unreadable file there
%% means the next directory, any other error ends the search.
path_consult([Dir | Dirs], Name) ->
    Full = filename:join(Dir, Name),
    case consult(Full) of
        {ok, Terms} -> {ok, Terms, Full};
        {error, Reason} when Reason =:= enoent; Reason =:= eacces -> path_consult(Dirs, Name);
        {error, Reason} -> {error, Reason}
    end;
path_consult([], _) ->
    {error, enoent}.

%% copy/2,3: each side a name, {Name, Modes} or an open file.
copy(Source, Dest) -> copy(Source, Dest, infinity).

copy(Source, Dest, Length0)
  when is_integer(Length0), Length0 >= 0; is_atom(Length0) ->
    %% Any atom means no limit.
    Length = case is_atom(Length0) of true -> infinity; false -> Length0 end,
    case open_side(Source, [read, binary]) of
        {ok, In, CloseIn} ->
            R = case open_side(Dest, [write, binary]) of
                    {ok, Out, CloseOut} ->
                        Res = copy_loop(In, Out, Length, 0),
                        _ = CloseOut(),
                        Res;
                    Error -> Error
                end,
            _ = CloseIn(),
            R;
        Error -> Error
    end;
copy(_, _, _) -> {error, badarg}.

open_side(File, _) when is_pid(File); is_record(File, file_descriptor) ->
    {ok, File, fun() -> ok end};
open_side({Name, Modes}, Base) when is_list(Modes) ->
    open_named(Name, [raw, binary | Modes] ++ mode_default(Modes, Base));
open_side(Name, Base) ->
    open_named(Name, [raw | Base]).

mode_default(Modes, [Dir | _]) ->
    case lists:member(Dir, Modes) orelse
        (Dir =:= write andalso (lists:member(append, Modes) orelse lists:member(exclusive, Modes))) of
        true -> [];
        false -> [Dir]
    end.

open_named(Name, Modes) ->
    case open(Name, Modes) of
        {ok, F} -> {ok, F, fun() -> close(F) end};
        Error -> Error
    end.

copy_loop(_, _, 0, N) -> {ok, N};
copy_loop(In, Out, Left, N) ->
    Chunk = case Left of infinity -> 65536; _ -> min(Left, 65536) end,
    case read(In, Chunk) of
        {ok, Data} ->
            Bin = iolist_to_binary([Data]),
            case write(Out, Bin) of
                ok ->
                    Rest = case Left of infinity -> infinity; _ -> Left - byte_size(Bin) end,
                    copy_loop(In, Out, Rest, N + byte_size(Bin));
                Error -> Error
            end;
        eof -> {ok, N};
        Error -> Error
    end.

pid2name(Pid) when is_pid(Pid) -> undefined.

format_error({Line, erl_parse, Reason}) when is_integer(Line) ->
    [integer_to_list(Line), ": ", Reason];
format_error({Line, erl_scan, Reason}) when is_integer(Line) ->
    [integer_to_list(Line), ": ", scan_error(Reason)];
format_error({Line, Mod, Reason}) when is_integer(Line) ->
    [integer_to_list(Line), ": ", Mod:format_error(Reason)];
format_error(badarg) -> "bad argument";
format_error(terminated) -> "the file server process is terminated";
format_error(Posix) -> posix_message(Posix).

scan_error({string, Q, Head}) ->
    Thing = case Q of $' -> "atom"; _ -> "string" end,
    lists:flatten(["unterminated ", Thing, " starting with ", io_lib:write_string(Head, Q)]);
scan_error({illegal, Type}) -> lists:flatten(io_lib:fwrite("illegal ~w", [Type]));
scan_error(char) -> "unterminated character";
scan_error({base, Base}) -> lists:flatten(io_lib:fwrite("illegal base '~w'", [Base]));
scan_error(Other) -> lists:flatten(io_lib:write(Other)).

%% The texts erl_posix_msg gives the common error codes.
posix_message(eacces) -> "permission denied";
posix_message(eagain) -> "resource temporarily unavailable";
posix_message(ebadf) -> "bad file number";
posix_message(ebusy) -> "file busy";
posix_message(edquot) -> "disk quota exceeded";
posix_message(eexist) -> "file already exists";
posix_message(efbig) -> "file too large";
posix_message(eintr) -> "interrupted system call";
posix_message(einval) -> "invalid argument";
posix_message(eio) -> "I/O error";
posix_message(eisdir) -> "illegal operation on a directory";
posix_message(eloop) -> "too many levels of symbolic links";
posix_message(emfile) -> "too many open files";
posix_message(emlink) -> "too many links";
posix_message(enametoolong) -> "file name too long";
posix_message(enfile) -> "file table overflow";
posix_message(enodev) -> "no such device";
posix_message(enoent) -> "no such file or directory";
posix_message(enomem) -> "not enough memory";
posix_message(enospc) -> "no space left on device";
posix_message(enotdir) -> "not a directory";
posix_message(enotempty) -> "directory not empty";
posix_message(enotsup) -> "operation not supported";
posix_message(enxio) -> "no such device or address";
posix_message(eperm) -> "not owner";
posix_message(epipe) -> "broken pipe";
posix_message(erofs) -> "read-only file system";
posix_message(espipe) -> "invalid seek";
posix_message(esrch) -> "no such process";
posix_message(estale) -> "stale remote file handle";
posix_message(etxtbsy) -> "text file or pseudo-device busy";
posix_message(exdev) -> "cross-domain link";
posix_message(system_limit) -> "a system limit was hit, probably not enough ports";
posix_message(_) -> "unknown POSIX error".

make_binary(Bin) when is_binary(Bin) -> Bin;
make_binary(List) ->
    try erlang:iolist_to_binary(List)
    catch error:Reason -> {error, Reason}
    end.

file_request(Pid, Request) ->
    Ref = erlang:monitor(process, Pid),
    Pid ! {file_request, self(), Ref, Request},
    receive
        {file_reply, Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, _, _, _} ->
            {error, terminated}
    end.

io_request(Name, Request) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> {error, arguments};
        Pid -> io_request(Pid, Request)
    end;
io_request(Pid, Request) ->
    Ref = erlang:monitor(process, Pid),
    Pid ! {io_request, self(), Ref, Request},
    receive
        {io_reply, Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, _, _, _} ->
            {error, terminated}
    end.

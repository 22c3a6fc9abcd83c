%% The io server of a file opened without `raw`: one process per open file, as OTP's
%% file_io_server. It owns a raw descriptor (runtime/bifs/file.ts) and answers the I/O
%% protocol (put_chars in all its shapes, get_chars, get_line, getopts, setopts,
%% requests) and file:'s own {file_request, From, Ref, Req} messages (position, pread,
%% pwrite, truncate, sync, close). It watches the process that opened the file and
%% closes the file when that process dies. As in OTP, a failed read, write, truncate or
%% sync ends the server after its reply (so the next use of the file is
%% `{error, terminated}`).
%%
%% Data: the file's encoding (latin1, the default, or unicode/utf8) says what the bytes
%% are; the request's encoding says what the caller wants; the mode (binary or list) says
%% whether data comes back as a binary or a list.
-module(erlts_file_io).
-export([start/3, init/4]).

-record(st, {fd, owner, mon, binary = false, enc = latin1}).

start(Owner, Name, Modes) ->
    Ref = make_ref(),
    Pid = spawn(?MODULE, init, [Owner, Ref, Name, Modes]),
    receive
        {Ref, {ok, _}} -> {ok, Pid};
        {Ref, Error} -> Error
    end.

init(Owner, Ref, Name, Modes) ->
    case encoding(Modes) of
        {ok, Enc} ->
            case erlts_file:open(Name, [raw, binary | Modes]) of
                {ok, Fd} ->
                    Owner ! {Ref, {ok, self()}},
                    Mon = erlang:monitor(process, Owner),
                    Bin = lists:member(binary, Modes) andalso not lists:member(list, Modes),
                    loop(#st{fd = Fd, owner = Owner, mon = Mon, binary = Bin, enc = Enc});
                Error ->
                    Owner ! {Ref, Error}
            end;
        Error ->
            Owner ! {Ref, Error}
    end.

encoding(Modes) ->
    case [E || {encoding, E} <- Modes] of
        [] -> {ok, latin1};
        Es ->
            case lists:last(Es) of
                latin1 -> {ok, latin1};
                unicode -> {ok, unicode};
                utf8 -> {ok, unicode};
                _ -> {error, badarg}
            end
    end.

loop(St) ->
    receive
        {io_request, From, ReplyAs, Request} when is_pid(From) ->
            case io_request(Request, St) of
                {{stop, Reply}, _} ->
                    From ! {io_reply, ReplyAs, Reply},
                    stop(St);
                {Reply, St1} ->
                    From ! {io_reply, ReplyAs, Reply},
                    loop(St1)
            end;
        {file_request, From, Ref, close} when is_pid(From) ->
            Reply = erlts_file:close(St#st.fd),
            From ! {file_reply, Ref, Reply},
            exit(normal);
        {file_request, From, Ref, Request} when is_pid(From) ->
            case file_request(Request, St) of
                {stop, Reply} ->
                    From ! {file_reply, Ref, Reply},
                    stop(St);
                Reply ->
                    From ! {file_reply, Ref, Reply},
                    loop(St)
            end;
        {'DOWN', Mon, _, _, Reason} when Mon =:= St#st.mon ->
            _ = erlts_file:close(St#st.fd),
            exit(Reason);
        _ ->
            loop(St)
    end.

stop(#st{fd = Fd}) ->
    _ = erlts_file:close(Fd),
    exit(normal).

%% A failed operation of these kinds ends the server.
stopping({error, _} = E) -> {stop, E};
stopping(Reply) -> Reply.

file_request({position, At}, #st{fd = Fd}) -> erlts_file:position(Fd, At);
%% pread and pwrite with a position move the file's position, as OTP's io server does.
file_request({pread, At, N}, #st{fd = Fd} = St) ->
    case erlts_file:position(Fd, At) of
        {error, _} = E -> E;
        _ ->
            case get_chars(latin1, N, St) of
                {error, _} = E -> {stop, E};
                eof -> eof;
                Data -> {ok, Data}
            end
    end;
file_request({pread, Locs}, St) ->
    case erlts_file:pread(St#st.fd, Locs) of
        {ok, Ds} -> {ok, [case D of eof -> eof; _ -> out_data(D, St) end || D <- Ds]};
        Other -> Other
    end;
file_request({pwrite, At, Data}, #st{fd = Fd}) ->
    case erlts_file:position(Fd, At) of
        {error, _} = E -> E;
        _ -> stopping(erlts_file:write(Fd, Data))
    end;
file_request({pwrite, Locs}, #st{fd = Fd}) -> stopping(erlts_file:pwrite(Fd, Locs));
file_request(truncate, #st{fd = Fd}) -> stopping(erlts_file:truncate(Fd));
file_request(sync, #st{fd = Fd}) -> stopping(erlts_file:sync(Fd));
file_request(datasync, #st{fd = Fd}) -> stopping(erlts_file:datasync(Fd));
file_request({read_file_info, Opts}, #st{fd = Fd}) -> erlts_file:read_file_info(Fd, Opts);
file_request({advise, _, _, _}, _) -> {stop, {error, einval}};
file_request(_, _) -> {error, badarg}.

out_data(Bin, #st{binary = true}) -> Bin;
out_data(Bin, #st{binary = false}) -> binary_to_list(Bin).

io_request({put_chars, Enc, Chars}, St) -> {stopping(put_chars(Enc, Chars, St)), St};
io_request({put_chars, Enc, M, F, A}, St) ->
    case catch apply(M, F, A) of
        {'EXIT', _} -> {{error, F}, St};
        Chars -> {stopping(put_chars(Enc, Chars, St)), St}
    end;
io_request({put_chars, Chars}, St) -> io_request({put_chars, latin1, Chars}, St);
io_request({put_chars, M, F, A}, St) -> io_request({put_chars, latin1, M, F, A}, St);
io_request({get_chars, Enc, _Prompt, N}, St) when is_integer(N), N >= 0 ->
    {stopping(get_chars(Enc, N, St)), St};
io_request({get_chars, _Prompt, N}, St) -> io_request({get_chars, latin1, '', N}, St);
io_request({get_line, Enc, _Prompt}, St) -> {stopping(get_line(Enc, St)), St};
io_request({get_line, _Prompt}, St) -> io_request({get_line, latin1, ''}, St);
io_request(getopts, St) ->
    {[{binary, St#st.binary}, {encoding, St#st.enc}], St};
io_request({setopts, Opts}, St) when is_list(Opts) -> setopts(Opts, St);
io_request({requests, Reqs}, St) when is_list(Reqs) -> requests(Reqs, ok, St);
io_request(Request, St) -> {{error, {request, Request}}, St}.

requests([], Last, St) -> {Last, St};
requests([R | Rs], _, St) ->
    case io_request(R, St) of
        {{stop, _}, _} = Stop -> Stop;
        {{error, _} = E, St1} -> {E, St1};
        {Reply, St1} -> requests(Rs, Reply, St1)
    end.

setopts([], St) -> {ok, St};
setopts([binary | Os], St) -> setopts(Os, St#st{binary = true});
setopts([list | Os], St) -> setopts(Os, St#st{binary = false});
setopts([{binary, B} | Os], St) when is_boolean(B) -> setopts(Os, St#st{binary = B});
setopts([{encoding, E} | Os], St) ->
    case encoding([{encoding, E}]) of
        {ok, Enc} -> setopts(Os, St#st{enc = Enc});
        _ -> {{error, badarg}, St}
    end;
setopts(_, St) -> {{error, enotsup}, St}.

%% The bytes to write for Chars sent with encoding Enc, in the file's encoding.
put_chars(Enc, Chars, #st{fd = Fd, enc = FileEnc}) ->
    Bytes = case {Enc, FileEnc} of
                {latin1, latin1} -> catch iolist_to_binary(Chars);
                {unicode, latin1} -> unicode:characters_to_binary(Chars, unicode, latin1);
                {latin1, unicode} -> unicode:characters_to_binary(Chars, latin1, unicode);
                {unicode, unicode} -> unicode:characters_to_binary(Chars, unicode, unicode);
                _ -> {error, badarg}
            end,
    case Bytes of
        B when is_binary(B) -> erlts_file:write(Fd, B);
        {'EXIT', _} -> {error, badarg};
        {error, _, _} when FileEnc =:= latin1 -> {error, {no_translation, unicode, latin1}};
        _ -> {error, badarg}
    end.

get_chars(_Enc, 0, St) -> out_chars(<<>>, latin1, St);
get_chars(Enc, N, #st{fd = Fd, enc = latin1} = St) ->
    case erlts_file:read(Fd, N) of
        {ok, Bin} -> convert(Bin, latin1, Enc, St);
        Other -> Other
    end;
get_chars(Enc, N, #st{fd = Fd} = St) ->
    case erlts_file:read_utf8(Fd, N) of
        {ok, Bin} -> convert(Bin, unicode, Enc, St);
        Other -> Other
    end.

get_line(Enc, #st{fd = Fd, enc = FileEnc} = St) ->
    case erlts_file:read_line(Fd) of
        {ok, Bin} -> convert(Bin, FileEnc, Enc, St);
        Other -> Other
    end.

%% Bytes of the file (in its encoding From) as the caller wants them (encoding To).
convert(Bin, latin1, latin1, St) -> out_chars(Bin, latin1, St);
convert(Bin, From, To, #st{binary = false}) ->
    case unicode:characters_to_list(Bin, From) of
        L when is_list(L), To =:= latin1 ->
            case lists:all(fun(C) -> C < 256 end, L) of
                true -> L;
                false -> {error, {no_translation, unicode, latin1}}
            end;
        L when is_list(L) -> L;
        _ -> {error, {no_translation, From, To}}
    end;
convert(Bin, From, To, #st{binary = true}) ->
    case unicode:characters_to_binary(Bin, From, To) of
        B when is_binary(B) -> B;
        _ -> {error, {no_translation, From, To}}
    end.

out_chars(Bin, _, #st{binary = true}) -> Bin;
out_chars(Bin, _, #st{binary = false}) -> binary_to_list(Bin).

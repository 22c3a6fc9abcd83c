%% The input side of the node's `user` process (runtime/proc/input.ts): `user` hands
%% every input request of the I/O protocol here. Standard input arrives as messages
%% {erlts_stdin, Binary} and finally {erlts_stdin, eof}; requests are served one at a
%% time, in order, each printing its prompt first and waiting for as many bytes as it
%% needs.
%%
%% As OTP's `user`: the device encoding is latin1 unless set to unicode (then input is
%% UTF-8), a line ends at LF and a CR LF ending reads as LF, get_until feeds everything
%% buffered to M:F(Cont, Chars, ...) and keeps what it leaves over, and eof is returned
%% once the input is exhausted.
-module(erlts_user_input).
-export([start/0]).

%% buf: characters not consumed yet; eof: no more will come. As in OTP's `user`, a
%% chunk of input is decoded when a read first takes it in, with the encoding set at
%% that time (so switching the encoding affects only input not yet taken in).
-record(st, {buf = [], eof = false, enc = latin1, binary = false}).

start() ->
    loop(#st{}).

loop(St) ->
    receive
        {io_request, From, ReplyAs, Req} ->
            {Reply, St1} = request(Req, St),
            From ! {io_reply, ReplyAs, Reply},
            loop(St1)
    end.

%% Takes in the next chunk of input, waiting for it if need be.
wait(#st{buf = Buf, enc = Enc} = St) ->
    receive
        {erlts_stdin, eof} -> St#st{eof = true};
        {erlts_stdin, Bin} -> St#st{buf = Buf ++ decode(Bin, Enc)}
    end.

decode(Bin, latin1) ->
    binary_to_list(Bin);
decode(Bin, unicode) ->
    case unicode:characters_to_list(Bin, utf8) of
        Cs when is_list(Cs) -> Cs;
        {_, Cs, Bad} -> Cs ++ binary_to_list(Bad)
    end.

request({get_line, Enc, Prompt}, St) -> input(Enc, Prompt, fun get_line/1, St);
request({get_line, Prompt}, St) -> input(latin1, Prompt, fun get_line/1, St);
request({get_chars, Enc, Prompt, N}, St) -> input(Enc, Prompt, get_chars(N), St);
request({get_chars, Prompt, N}, St) -> input(latin1, Prompt, get_chars(N), St);
request({get_until, _Enc, Prompt, M, F, As}, St) -> until(Prompt, M, F, As, St);
request({get_until, Prompt, M, F, As}, St) -> until(Prompt, M, F, As, St);
request(getopts, #st{enc = Enc, binary = B} = St) ->
    {[{binary, B}, {encoding, Enc}], St};
request({setopts, Opts}, St) ->
    case setopts(Opts, St) of
        {ok, #st{enc = Enc} = St1} ->
            erlts_io:set_user_encoding(Enc),
            {ok, St1};
        error ->
            {{error, enotsup}, St}
    end;
request({get_geometry, _}, St) ->
    {{error, enotsup}, St};
request({get_password, _}, St) ->
    {{error, enotsup}, St};
request(_, St) ->
    {{error, request}, St}.

setopts([], St) -> {ok, St};
setopts([binary | Opts], St) -> setopts(Opts, St#st{binary = true});
setopts([list | Opts], St) -> setopts(Opts, St#st{binary = false});
setopts([{binary, B} | Opts], St) when is_boolean(B) -> setopts(Opts, St#st{binary = B});
setopts([{list, B} | Opts], St) when is_boolean(B) -> setopts(Opts, St#st{binary = not B});
setopts([E | Opts], St) when E =:= latin1 -> setopts(Opts, St#st{enc = latin1});
setopts([E | Opts], St) when E =:= unicode -> setopts(Opts, St#st{enc = unicode});
setopts([{encoding, E} | Opts], St) when E =:= latin1 -> setopts(Opts, St#st{enc = latin1});
setopts([{encoding, E} | Opts], St) when E =:= unicode; E =:= utf8 -> setopts(Opts, St#st{enc = unicode});
setopts(_, _St) -> error.

prompt('', _St) -> ok;
prompt(Prompt, #st{enc = Enc}) -> io:put_chars(user, io_lib:format_prompt(Prompt, Enc)).

%% get_line and get_chars: Take(St) gives {Chars | eof, St}, or more (needs input).
input(Enc, Prompt, Take, St0) ->
    prompt(Prompt, St0),
    {Data, St} = fill(Take, St0),
    {reply(Data, Enc, St), St}.

fill(Take, St) ->
    case Take(St) of
        more -> fill(Take, wait(St));
        Done -> Done
    end.

get_line(#st{buf = Buf, eof = Eof} = St) ->
    case lists:splitwith(fun(C) -> C =/= $\n end, Buf) of
        {Line, [$\n | Rest]} -> {crlf(Line), St#st{buf = Rest}};
        _ when not Eof -> more;
        {[], []} -> {eof, St};
        {Line, []} -> {Line, St#st{buf = []}}
    end.

%% A line ending in CR LF reads as ending in LF.
crlf(Line) ->
    case lists:reverse(Line) of
        [$\r | R] -> lists:reverse(R, "\n");
        R -> lists:reverse(R, "\n")
    end.

get_chars(N) ->
    fun(#st{buf = [], eof = true} = St) ->
            {eof, St};
       (#st{buf = Buf, eof = Eof} = St) ->
            case take(N, Buf, []) of
                {Cs, Rest} -> {Cs, St#st{buf = Rest}};
                short when not Eof -> more;
                short when Buf =:= [] -> {eof, St};
                short -> {Buf, St#st{buf = []}}
            end
    end.

take(0, Rest, Acc) -> {lists:reverse(Acc), Rest};
take(K, [C | Rest], Acc) -> take(K - 1, Rest, [C | Acc]);
take(_, [], _) -> short.

%% get_until: M:F(Cont, Chars, As...) until it is done; what it leaves over goes back.
%% Everything buffered is handed over at once; at the end of input, eof.
until(Prompt, M, F, As, St0) ->
    prompt(Prompt, St0),
    St = case St0 of
             #st{buf = [], eof = false} -> wait(St0);
             _ -> St0
         end,
    case St of
        #st{buf = [], eof = true} -> {eof, St};  % nothing came: M:F is not asked
        _ -> feed(M, F, As, [], St)
    end.

feed(M, F, As, Cont, #st{buf = [], eof = false} = St) ->
    feed(M, F, As, Cont, wait(St));
feed(M, F, As, Cont, #st{buf = Buf, eof = Eof} = St0) ->
    Input = case Buf of [] -> eof; _ -> Buf end,
    St = St0#st{buf = []},
    case apply(M, F, [Cont, Input | As]) of
        {done, Result, Rest} when is_list(Rest) -> {Result, St#st{buf = Rest}};
        {done, Result, _} -> {Result, St};
        {more, _} when Input =:= eof -> {eof, St};
        {more, Cont1} when Eof -> feed(M, F, As, Cont1, St);
        {more, Cont1} -> feed(M, F, As, Cont1, wait(St))
    end.

%% The reply to get_line/get_chars: eof, a list, or (binary mode) a binary in the
%% request's encoding; characters the request's encoding cannot hold are an error.
reply(eof, _Enc, _St) -> eof;
reply(Cs, Enc, #st{binary = true}) ->
    case Enc of
        latin1 -> latin1_or_error(Cs, fun list_to_binary/1);
        _ -> unicode:characters_to_binary(Cs)
    end;
reply(Cs, latin1, _St) -> latin1_or_error(Cs, fun(L) -> L end);
reply(Cs, _Enc, _St) -> Cs.

latin1_or_error(Cs, Make) ->
    case lists:all(fun(C) -> C =< 255 end, Cs) of
        true -> Make(Cs);
        false -> {error, {no_translation, unicode, latin1}}
    end.

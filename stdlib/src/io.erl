%% The Erlang half of io: input and device options (output is native,
%% runtime/bifs/io.ts). Each function sends one request of the I/O protocol to the
%% device -- standard_io is the caller's group leader, an atom a registered name, or a
%% pid -- and waits for the reply, watching the server with a monitor. The replies
%% are OTP's: eof, {error, Reason}, and {error, arguments} for a name nobody has.
-module(io).
-export([get_line/1, get_line/2, get_chars/2, get_chars/3, get_password/0, get_password/1,
         read/1, read/2, read/3, read/4, fread/2, fread/3,
         columns/0, columns/1, rows/0, rows/1, getopts/0, getopts/1, setopts/1, setopts/2,
         request/1, request/2, requests/1, requests/2, printable_range/0,
         scan_erl_exprs/1, scan_erl_exprs/2, scan_erl_exprs/3, scan_erl_exprs/4,
         scan_erl_form/1, scan_erl_form/2, scan_erl_form/3, scan_erl_form/4]).

get_line(Prompt) -> get_line(standard_io, Prompt).
get_line(Dev, Prompt) -> request(Dev, {get_line, unicode, Prompt}).

get_chars(Prompt, N) -> get_chars(standard_io, Prompt, N).
get_chars(Dev, Prompt, N) when is_integer(N), N >= 0 ->
    request(Dev, {get_chars, unicode, Prompt, N}).

get_password() -> get_password(standard_io).
get_password(Dev) -> request(Dev, {get_password, unicode}).

%% A term ending with a full stop, as erl_scan and erl_parse read it.
read(Prompt) -> read(standard_io, Prompt).
read(Dev, Prompt) ->
    case request(Dev, {get_until, unicode, Prompt, erl_scan, tokens, [1]}) of
        {ok, Tokens, _End} -> erl_parse:parse_term(Tokens);
        {error, E, _End} -> {error, E};
        {eof, _End} -> eof;
        Other -> Other
    end.

read(Dev, Prompt, Start) -> read(Dev, Prompt, Start, []).
read(Dev, Prompt, Start, Opts) ->
    case request(Dev, {get_until, unicode, Prompt, erl_scan, tokens, [Start, Opts]}) of
        {ok, Tokens, End} ->
            case erl_parse:parse_term(Tokens) of
                {ok, Term} -> {ok, Term, End};
                {error, E} -> {error, E, End}
            end;
        Other -> Other
    end.

fread(Prompt, Format) -> fread(standard_io, Prompt, Format).
fread(Dev, Prompt, Format) ->
    request(Dev, {get_until, unicode, Prompt, io_lib, fread, [Format]}).

columns() -> columns(standard_io).
columns(Dev) -> geometry(Dev, columns).

rows() -> rows(standard_io).
rows(Dev) -> geometry(Dev, rows).

geometry(Dev, What) ->
    case request(Dev, {get_geometry, What}) of
        N when is_integer(N), N > 0 -> {ok, N};
        _ -> {error, enotsup}
    end.

getopts() -> getopts(standard_io).
getopts(Dev) -> request(Dev, getopts).

setopts(Opts) -> setopts(standard_io, Opts).
setopts(Dev, Opts) -> request(Dev, {setopts, Opts}).

%% Tokens up to a full stop (the shell's reader); forms and expressions scan alike.
scan_erl_exprs(Prompt) -> scan_erl_exprs(standard_io, Prompt, 1).
scan_erl_exprs(Dev, Prompt) -> scan_erl_exprs(Dev, Prompt, 1).
scan_erl_exprs(Dev, Prompt, Start) -> scan_erl_exprs(Dev, Prompt, Start, []).
scan_erl_exprs(Dev, Prompt, Start, Opts) ->
    request(Dev, {get_until, unicode, Prompt, erl_scan, tokens, [Start, Opts]}).

scan_erl_form(Prompt) -> scan_erl_form(standard_io, Prompt, 1).
scan_erl_form(Dev, Prompt) -> scan_erl_form(Dev, Prompt, 1).
scan_erl_form(Dev, Prompt, Start) -> scan_erl_form(Dev, Prompt, Start, []).
scan_erl_form(Dev, Prompt, Start, Opts) -> scan_erl_exprs(Dev, Prompt, Start, Opts).

%% The node prints lists as strings when they are Latin-1 (erl's default +pc latin1).
printable_range() -> latin1.

%% Several requests as one: io's own request tuples become I/O-protocol requests.
requests(Reqs) -> requests(standard_io, Reqs).
requests(Dev, Reqs) -> request(Dev, {requests, [protocol(R) || R <- Reqs]}).

protocol({format, F, A}) -> {put_chars, unicode, io_lib, format, [F, A]};
protocol({fwrite, F, A}) -> {put_chars, unicode, io_lib, fwrite, [F, A]};
protocol({write, T}) -> {put_chars, unicode, io_lib, write, [T]};
protocol(nl) -> {put_chars, unicode, "\n"};
protocol({put_chars, Cs}) -> {put_chars, unicode, Cs};
protocol(R) -> R.

request(Request) -> request(standard_io, Request).

request(standard_io, Request) ->
    request(group_leader(), Request);
request(Pid, _Request) when Pid =:= self() ->
    {error, calling_self};
request(Pid, Request) when is_pid(Pid) ->
    Mref = erlang:monitor(process, Pid),
    Pid ! {io_request, self(), Mref, Request},
    receive
        {io_reply, Mref, Reply} ->
            erlang:demonitor(Mref, [flush]),
            Reply;
        {'DOWN', Mref, _, _, _} ->
            {error, terminated}
    end;
request(Name, Request) when is_atom(Name) ->
    case whereis(Name) of
        undefined -> {error, arguments};
        Pid -> request(Pid, Request)
    end.

#!/usr/bin/env escript
-module(fil_encoding).
-export([main/1]).
-mode(compile).
%% Exercises: file:open/2 with {encoding, utf8} and latin1: what io writes and reads back

p(X) -> io:format("~p~n", [X]).

%% One I/O-protocol request to the file's io server.
req(Pid, Request) ->
    Ref = make_ref(),
    Pid ! {io_request, self(), Ref, Request},
    receive
        {io_reply, Ref, Reply} -> Reply
    after 1000 -> timeout
    end.

main(_) ->
    D = "/tmp/erlts_conf_fil_encoding",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    U = filename:join(D, "u.txt"),
    {ok, W} = file:open(U, [write, {encoding, utf8}]),
    p(io:put_chars(W, "caf\x{e9} \x{3b1}\n")),
    p(io:format(W, "~ts|~s~n", [[16#20ac], "\x{e9}"])),
    p(io:put_chars(W, <<"bin \x{e9}\n"/utf8>>)),
    ok = file:close(W),
    p(file:read_file(U)),
    {ok, R} = file:open(U, [read, {encoding, utf8}]),
    p(req(R, {get_line, unicode, ''})),
    p(req(R, {get_chars, unicode, '', 3})),
    p(file:read(R, 2)),
    p(file:read_line(R)),
    p(req(R, {get_line, unicode, ''})),
    p(req(R, {get_line, unicode, ''})),
    ok = file:close(R),
    {ok, RB} = file:open(U, [read, binary, {encoding, utf8}]),
    p(req(RB, {get_line, unicode, ''})),
    p(req(RB, {get_chars, unicode, '', 2})),
    ok = file:close(RB),
    L = filename:join(D, "l.txt"),
    {ok, WL} = file:open(L, [write]),
    p(io:put_chars(WL, "caf\x{e9}\n")),
    p(io:format(WL, "~s~n", [[233, 255]])),
    ok = file:close(WL),
    p(file:read_file(L)),
    {ok, RL} = file:open(L, [read]),
    p(req(RL, {get_line, latin1, ''})),
    p(req(RL, getopts)),
    p(req(RL, {setopts, [binary]})),
    p(req(RL, {get_line, latin1, ''})),
    p(req(RL, {get_line, latin1, ''})),
    ok = file:close(RL),
    p(file:del_dir_r(D)).

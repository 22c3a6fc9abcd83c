#!/usr/bin/env escript
-module(fil_io_requests).
-export([main/1]).
-mode(compile).
%% Exercises: the I/O protocol of a file's io server, with raw io_request messages

p(X) -> io:format("~p~n", [X]).

req(Pid, Request) ->
    Ref = make_ref(),
    Pid ! {io_request, self(), Ref, Request},
    receive
        {io_reply, Ref, Reply} -> Reply
    after 1000 -> timeout
    end.

main(_) ->
    D = "/tmp/erlts_conf_fil_io_requests",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "io.txt"),
    {ok, W} = file:open(F, [write]),
    p(req(W, {put_chars, latin1, <<"one\n">>})),
    p(req(W, {put_chars, unicode, "two\n"})),
    p(req(W, {put_chars, unicode, io_lib, format, ["~w~n", [three]]})),
    p(req(W, {put_chars, "four\n"})),
    p(req(W, {requests, [{put_chars, latin1, "five"}, {put_chars, latin1, "\n"}]})),
    p(req(W, getopts)),
    p(req(W, {put_chars, unicode, [16#3b1]})),
    p(is_process_alive(W)),
    ok = file:close(W),
    p(file:read_file(F)),
    {ok, R} = file:open(F, [read]),
    p(req(R, {get_line, latin1, ''})),
    p(req(R, {get_chars, latin1, '', 2})),
    p(req(R, {get_line, unicode, "prompt> "})),
    p(req(R, {setopts, [binary]})),
    p(req(R, getopts)),
    p(req(R, {get_chars, unicode, '', 3})),
    p(req(R, {setopts, [{binary, false}]})),
    p(req(R, {get_line, latin1, ''})),
    p(req(R, {get_line, latin1, ''})),
    p(req(R, {get_line, latin1, ''})),
    p(req(R, {get_chars, latin1, '', 1})),
    p(req(R, {bogus_request, 1})),
    p(req(R, {setopts, [{bogus, 1}]})),
    R ! unrelated_message,
    p(is_process_alive(R)),
    ok = file:close(R),
    p(is_process_alive(R)),
    p(file:del_dir_r(D)).

#!/usr/bin/env escript
-module(fil_copy_more).
-export([main/1]).
-mode(compile).
%% Exercises: file:copy/2,3 with raw and list-mode open files, at eof, and with mode tuples

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_copy_more",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    J = fun(N) -> filename:join(D, N) end,
    ok = file:write_file(J("src"), "abcdefghij"),
    {ok, In} = file:open(J("src"), [read, raw]),
    {ok, Out} = file:open(J("out"), [write, raw]),
    p(file:copy(In, Out, 3)),
    p(file:copy(In, Out, 3)),
    p(file:copy(In, Out)),
    p(file:copy(In, Out)),
    ok = file:close(In),
    ok = file:close(Out),
    p(file:read_file(J("out"))),
    {ok, LIn} = file:open(J("src"), [read]),
    p(file:copy(LIn, J("out2"), 4)),
    p(file:read(LIn, 2)),
    ok = file:close(LIn),
    p(file:read_file(J("out2"))),
    p(file:copy({J("src"), [read, binary]}, {J("out3"), [write, raw]}, 5)),
    p(file:read_file(J("out3"))),
    p(file:copy(J("src"), {J("out3"), [exclusive]})),
    p(file:copy(J("src"), J("src"))),
    p(file:read_file(J("src"))),
    ok = file:write_file(J("src"), "again"),
    p(file:copy(<<"/tmp/erlts_conf_fil_copy_more/src">>, [D, "/out4"])),
    p(file:read_file(J("out4"))),
    p(file:copy(J("src"), J("out5"), -1)),
    p(file:copy(J("src"), J("out5"), foo)),
    p(file:copy(123, J("out6"))),
    p(file:del_dir_r(D)).

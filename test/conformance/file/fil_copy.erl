#!/usr/bin/env escript
-module(fil_copy).
-export([main/1]).
-mode(compile).
%% Exercises: file:copy/2,3 between names, open files and with byte counts

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_copy",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    J = fun(N) -> filename:join(D, N) end,
    ok = file:write_file(J("src"), "0123456789"),
    p(file:copy(J("src"), J("dst"))),
    p(file:read_file(J("dst"))),
    p(file:copy(J("src"), J("dst2"), 4)),
    p(file:read_file(J("dst2"))),
    p(file:copy(J("src"), J("dst2"), 100)),
    p(file:read_file(J("dst2"))),
    p(file:copy(J("src"), J("dst3"), 0)),
    p(file:read_file(J("dst3"))),
    p(file:copy({J("src"), [read]}, {J("dst4"), [write]})),
    p(file:read_file(J("dst4"))),
    p(file:copy(J("src"), {J("dst4"), [append]})),
    p(file:read_file(J("dst4"))),
    {ok, In} = file:open(J("src"), [read]),
    {ok, _} = file:position(In, 3),
    {ok, Out} = file:open(J("dst5"), [write]),
    p(file:copy(In, Out, 5)),
    p(file:copy(In, Out)),
    ok = file:close(In),
    ok = file:close(Out),
    p(file:read_file(J("dst5"))),
    p(file:copy(J("missing"), J("dst6"))),
    p(file:read_file(J("dst6"))),
    p(file:copy(J("src"), J("nodir/x"))),
    p(file:copy(J("src"), D)),
    p(file:copy(D, J("dst7"))),
    p(file:del_dir_r(D)).

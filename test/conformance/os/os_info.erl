#!/usr/bin/env escript
-module(os_info).
-export([main/1]).
-mode(compile).
%% Exercises: os:type/0, version/0, getpid/0, find_executable/1,2

p(X) -> io:format("~p~n", [X]).

main(_) ->
    p(os:type()),
    {Maj, Min, Rel} = os:version(),
    p([is_integer(X) andalso X >= 0 || X <- [Maj, Min, Rel]]),
    Pid = os:getpid(),
    p(is_list(Pid) andalso Pid =/= [] andalso lists:all(fun(C) -> C >= $0 andalso C =< $9 end, Pid)),
    p(os:getpid() =:= Pid),
    p(os:find_executable("sh", "/bin")),
    p(os:find_executable("sh", "/nonexistent:/bin:/usr/bin")),
    p(os:find_executable("sh", "/bin/")),
    p(os:find_executable("no-such-program-erlts", "/bin:/usr/bin")),
    p(os:find_executable("/bin/sh")),
    p(os:find_executable("/bin/no-such-program-erlts")),
    p(os:find_executable("passwd", "/etc")),
    p(os:find_executable("bin", "/")),
    p(os:find_executable("sh", "")),
    p(is_list(os:find_executable("sh"))),
    p(os:find_executable("no-such-program-erlts")),
    D = "/tmp/erlts_conf_os_info",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    ok = file:write_file(D ++ "/tool", "#!/bin/sh\n"),
    p(os:find_executable("tool", D)),
    ok = file:change_mode(D ++ "/tool", 8#755),
    p(os:find_executable("tool", D) =:= D ++ "/tool"),
    p(os:find_executable("tool", "/nonexistent:" ++ D ++ "/") =:= D ++ "/tool"),
    p(file:del_dir_r(D)).

#!/usr/bin/env escript
-module(fil_fd_info).
-export([main/1]).
-mode(compile).
%% Exercises: file:read_file_info/1,2 on open files (io server and raw), advise/4, allocate/3

-include_lib("kernel/include/file.hrl").

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_fd_info",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "i.txt"),
    ok = file:write_file(F, "1234567"),
    {ok, P} = file:open(F, [read]),
    {ok, I1} = file:read_file_info(P),
    p({I1#file_info.size, I1#file_info.type}),
    {ok, I2} = file:read_file_info(P, [{time, posix}]),
    p(is_integer(I2#file_info.mtime)),
    p(file:advise(P, 0, 0, sequential)),
    p(file:advise(P, 0, 0, bogus)),
    ok = file:close(P),
    p(file:read_file_info(P)),
    {ok, R} = file:open(F, [raw, read, write]),
    ok = file:write(R, "abcdefghij"),
    {ok, I3} = file:read_file_info(R),
    p({I3#file_info.size, I3#file_info.type}),
    p(file:advise(R, 0, 0, normal)),
    p(file:allocate(R, 0, 100)),
    ok = file:close(R),
    p(file:read_file_info(R)),
    {ok, W} = file:open(F, [write]),
    ok = file:write(W, "xy"),
    {ok, I4} = file:read_file_info(W),
    p(I4#file_info.size),
    ok = file:close(W),
    p(file:del_dir_r(D)).

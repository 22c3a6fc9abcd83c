#!/usr/bin/env escript
-module(fil_info).
-export([main/1]).
-mode(compile).
%% Exercises: file:read_file_info/1,2 (#file_info{} fields, time options), write_file_info

-include_lib("kernel/include/file.hrl").

p(X) -> io:format("~p~n", [X]).

dt({{Y, Mo, D}, {H, Mi, S}}) when is_integer(Y), is_integer(Mo), is_integer(D),
                                  is_integer(H), is_integer(Mi), is_integer(S) -> datetime;
dt(N) when is_integer(N) -> integer;
dt(X) -> {other, X}.

main(_) ->
    D = "/tmp/erlts_conf_fil_info",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "f.txt"),
    ok = file:write_file(F, "12345"),
    {ok, I} = file:read_file_info(F),
    p(record_info(fields, file_info)),
    p({I#file_info.size, I#file_info.type, I#file_info.access}),
    p({I#file_info.mode band 8#170000, I#file_info.links}),
    p([dt(T) || T <- [I#file_info.atime, I#file_info.mtime, I#file_info.ctime]]),
    p([is_integer(X) || X <- [I#file_info.major_device, I#file_info.minor_device,
                               I#file_info.inode, I#file_info.uid, I#file_info.gid]]),
    {ok, IP} = file:read_file_info(F, [{time, posix}]),
    p([dt(T) || T <- [IP#file_info.atime, IP#file_info.mtime, IP#file_info.ctime]]),
    {ok, IU} = file:read_file_info(F, [{time, universal}]),
    p(dt(IU#file_info.mtime)),
    {ok, IL} = file:read_file_info(F, [{time, local}, raw]),
    p(IL#file_info.mtime =:= I#file_info.mtime),
    {ok, DI} = file:read_file_info(D),
    p({DI#file_info.type, DI#file_info.access, DI#file_info.mode band 8#170000}),
    p(file:read_file_info(filename:join(D, "nope"))),
    p(file:read_file_info(filename:join(F, "x"))),
    p(file:read_file_info(F, [{time, bogus}])),
    p(file:read_file_info(123)),
    %% change the mode and the times
    p(file:write_file_info(F, #file_info{mode = 8#600})),
    {ok, I2} = file:read_file_info(F),
    p(I2#file_info.mode band 8#777),
    p(file:write_file_info(F, #file_info{mtime = 1000000000, atime = 1000000000}, [{time, posix}])),
    {ok, I3} = file:read_file_info(F, [{time, posix}]),
    p({I3#file_info.mtime, I3#file_info.atime}),
    p(file:write_file_info(F, #file_info{mtime = {{2020, 2, 29}, {12, 0, 0}}}, [{time, universal}])),
    {ok, I4} = file:read_file_info(F, [{time, universal}]),
    p(I4#file_info.mtime),
    p(file:change_mode(F, 8#644)),
    {ok, I5} = file:read_file_info(F),
    p(I5#file_info.mode band 8#777),
    p(file:write_file_info(filename:join(D, "nope"), #file_info{mode = 8#600})),
    p(file:del_dir_r(D)).

#!/usr/bin/env escript
-module(fil_raw).
-export([main/1]).
-mode(compile).
%% Exercises: file:open/2 with raw: the #file_descriptor{} handle and its operations

-include_lib("kernel/include/file.hrl").

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_raw",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "r.bin"),
    {ok, W} = file:open(F, [raw, write, binary]),
    p(is_record(W, file_descriptor)),
    #file_descriptor{module = M, data = Data} = W,
    p({M, lists:sort(maps:keys(Data)), maps:get(owner, Data) =:= self()}),
    p(file:write(W, ["abc", <<"def">>, $\n, "ghi\n"])),
    p(file:position(W, cur)),
    p(file:close(W)),
    p(file:close(W)),
    p(file:write(W, "x")),
    {ok, R} = file:open(F, [raw, read]),
    p(file:read(R, 3)),
    p(file:read_line(R)),
    p(file:read_line(R)),
    p(file:read_line(R)),
    p(file:read(R, 1)),
    p(file:pread(R, 1, 2)),
    p(file:position(R, {bof, 1})),
    p(file:read(R, 2)),
    {ok, Info} = file:read_file_info(R),
    p({Info#file_info.size, Info#file_info.type}),
    p(file:close(R)),
    p(file:read(R, 1)),
    {ok, RB} = file:open(F, [raw, read, binary]),
    p(file:read(RB, 4)),
    p(file:read_line(RB)),
    p(file:pread(RB, [{0, 1}, {4, 2}])),
    ok = file:close(RB),
    {ok, A} = file:open(F, [raw, append]),
    p(file:write(A, "tail")),
    ok = file:close(A),
    p(file:read_file(F)),
    {ok, RW} = file:open(F, [raw, read, write, binary]),
    p(file:pwrite(RW, 0, <<"ABC">>)),
    p(file:position(RW, 5)),
    p(file:truncate(RW)),
    ok = file:close(RW),
    p(file:read_file(F)),
    p(file:open(filename:join(D, "none"), [raw, read])),
    p(file:open(F, [raw, exclusive])),
    p(file:del_dir_r(D)).

#!/usr/bin/env escript
-module(fil_large).
-export([main/1]).
-mode(compile).
%% Exercises: files of a few hundred kilobytes through write_file, open/read in chunks, pread, copy

p(X) -> io:format("~p~n", [X]).

chunks(Fd, N, Acc) ->
    case file:read(Fd, N) of
        {ok, B} -> chunks(Fd, N, [byte_size(B) | Acc]);
        eof -> lists:reverse(Acc)
    end.

main(_) ->
    D = "/tmp/erlts_conf_fil_large",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "big.bin"),
    Data = << <<(I rem 251)>> || I <- lists:seq(1, 300000) >>,
    p(file:write_file(F, Data)),
    p(filelib:file_size(F)),
    {ok, Back} = file:read_file(F),
    p(Back =:= Data),
    {ok, Fd} = file:open(F, [read, binary]),
    Sizes = chunks(Fd, 65536, []),
    p({length(Sizes), lists:sum(Sizes), lists:last(Sizes)}),
    p(file:pread(Fd, 299990, 100)),
    {ok, Mid} = file:pread(Fd, 150000, 5),
    p(Mid =:= binary:part(Data, 150000, 5)),
    ok = file:close(Fd),
    {ok, R} = file:open(F, [read, raw, binary, read_ahead]),
    p(lists:sum(chunks(R, 1000, []))),
    ok = file:close(R),
    p(file:copy(F, filename:join(D, "copy.bin"))),
    {ok, C} = file:read_file(filename:join(D, "copy.bin")),
    p(erlang:md5(C) =:= erlang:md5(Data)),
    {ok, L} = file:open(F, [read]),
    {ok, List} = file:read(L, 70000),
    p({length(List), lists:sublist(List, 5)}),
    ok = file:close(L),
    p(file:del_dir_r(D)).

#!/usr/bin/env escript
-module(fil_delayed_write).
-export([main/1]).
-mode(compile).
%% Exercises: open options that only tune buffering (delayed_write, read_ahead, sync) keep results exact

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_delayed_write",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "d.txt"),
    {ok, W} = file:open(F, [write, delayed_write]),
    [ok = file:write(W, integer_to_list(I)) || I <- lists:seq(1, 20)],
    p(file:position(W, cur)),
    ok = file:close(W),
    p(file:read_file(F)),
    {ok, W2} = file:open(F, [write, {delayed_write, 10, 1000}, binary]),
    ok = file:write(W2, <<"0123456789abc">>),
    p(file:pwrite(W2, 2, <<"X">>)),
    ok = file:close(W2),
    p(file:read_file(F)),
    {ok, R} = file:open(F, [read, {read_ahead, 4}]),
    p(file:read(R, 2)),
    p(file:read_line(R)),
    p(file:position(R, cur)),
    ok = file:close(R),
    {ok, S} = file:open(F, [append, sync]),
    p(file:write(S, "-sync")),
    ok = file:close(S),
    p(file:read_file(F)),
    {ok, RA} = file:open(F, [read, raw, read_ahead, binary]),
    p(file:read(RA, 3)),
    p(file:position(RA, {cur, 0})),
    ok = file:close(RA),
    p(file:del_dir_r(D)).

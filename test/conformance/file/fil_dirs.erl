#!/usr/bin/env escript
-module(fil_dirs).
-export([main/1]).
-mode(compile).
%% Exercises: file:make_dir/1, del_dir/1, list_dir/1, list_dir_all/1, del_dir_r/1

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_dirs",
    _ = file:del_dir_r(D),
    p(file:make_dir(D)),
    p(file:make_dir(D)),
    p(file:list_dir(D)),
    J = fun(N) -> filename:join(D, N) end,
    [ok = file:write_file(J(N), N) || N <- ["c", "a", "b.txt"]],
    p(file:make_dir(J("sub"))),
    p(file:make_dir(J("sub/deeper"))),
    p(file:make_dir(J("no/such/parent"))),
    p(file:make_dir(J("a/x"))),
    {ok, L} = file:list_dir(D),
    p(lists:sort(L)),
    {ok, LB} = file:list_dir(list_to_binary(D)),
    p(lists:sort(LB)),
    {ok, LA} = file:list_dir_all(D),
    p(lists:sort(LA)),
    p(file:list_dir(J("nope"))),
    p(file:list_dir(J("a"))),
    p(file:del_dir(J("sub"))),
    p(file:del_dir(J("sub/deeper"))),
    p(file:del_dir(J("sub"))),
    p(file:del_dir(J("sub"))),
    p(file:del_dir(J("a"))),
    p(file:make_dir(J("t1"))),
    p(file:make_dir(J("t1/t2"))),
    ok = file:write_file(J("t1/t2/f"), "x"),
    p(file:del_dir_r(J("t1"))),
    p(file:del_dir_r(J("t1"))),
    p(file:del_dir_r(J("a"))),
    p(file:list_dir(J("a"))),
    p(file:del_dir_r(D)),
    p(file:list_dir(D)).

#!/usr/bin/env escript
-module(fn_absname_cwd).
-export([main/1]).
-mode(compile).
%% Exercises: filename:absname/1 and filelib functions against a known current directory

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fn_absname_cwd",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    {ok, Orig} = file:get_cwd(),
    ok = file:set_cwd(D),
    Names = ["x", "", ".", "..", "./x", "../x", "x/", "x//y", "/abs", "//abs", [$a, ["b", c]],
             'atom', <<"bin">>, <<"">>, <<"/abs">>],
    [p({N, filename:absname(N)}) || N <- Names],
    p(filename:absname_join(D, "rel")),
    p(filelib:wildcard("*")),
    ok = file:set_cwd(Orig),
    p(file:del_dir_r(D)).

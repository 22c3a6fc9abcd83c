#!/usr/bin/env escript
-module(fn_absname).
-export([main/1]).
-mode(compile).
%% Exercises: filename:absname/1,2, absname_join/2, nativename/1, pathtype/1, flatten/1

p(X) -> io:format("~p~n", [X]).
e(F) -> try {ok, F()} catch C:R -> {C, R} end.

main(_) ->
    {ok, Cwd} = file:get_cwd(),
    p(filename:absname("x/y") =:= Cwd ++ "/x/y"),
    p(filename:absname("") =:= Cwd),
    p(filename:absname(".") =:= Cwd ++ "/."),
    p(filename:absname(<<"x">>) =:= list_to_binary(Cwd ++ "/x")),
    p(filename:absname("/already//abs/")),
    Cases = [{"x", "/base"}, {"../x", "/base/dir"}, {"./x", "/base"}, {"x/", "/base/"},
             {"/abs", "/base"}, {"", "/base"}, {"x", "rel"}, {"x", "/"}, {[$a, ["b"]], "/c"},
             {abc, "/d"}],
    [p({N, B, filename:absname(N, B)}) || {N, B} <- Cases],
    p(filename:absname_join("/base", "x")),
    p(filename:absname_join("/base/", [$y, ["z"]])),
    p(filename:absname_join("/base", "/abs")),
    p([filename:nativename(N) || N <- ["a//b/", "/", "", "a/./b", "./a"]]),
    p([filename:pathtype(N) || N <- ["/a", "a", "", "./a", ["/", "a"], [["/a"]], '/x', y,
                                     [a, "/"], <<"/">>]]),
    p(filename:flatten([a, "b", [c, ["d" | e]], $f])),
    p(filename:flatten("plain")),
    p(filename:flatten(atom)),
    p(filename:flatten([])),
    p(e(fun() -> filename:pathtype(1) end)),
    p(e(fun() -> filename:pathtype({a}) end)),
    p(e(fun() -> filename:absname(1, "/a") end)),
    p(e(fun() -> filename:basename(1) end)),
    p(e(fun() -> filename:dirname({}) end)),
    p(e(fun() -> filename:extension(1.0) end)),
    p(e(fun() -> filename:split(self()) end)).

#!/usr/bin/env escript
-module(fil_fold_files).
-export([main/1]).
-mode(compile).
%% Exercises: filelib:fold_files/5 (regexp on the base name, recursion, only regular files)

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_fold_files",
    _ = file:del_dir_r(D),
    J = fun(N) -> filename:join(D, N) end,
    ok = filelib:ensure_dir(J("a/b/x")),
    [ok = file:write_file(J(F), F) || F <- ["one.erl", "two.txt", "a/three.erl", "a/b/four.erl",
                                           "a/b/five.hrl", "a/erl"]],
    ok = file:make_dir(J("dir.erl")),
    Collect = fun(F, Acc) -> [F | Acc] end,
    Rel = fun(L) -> lists:sort([lists:nthtail(length(D) + 1, F) || F <- L]) end,
    p(Rel(filelib:fold_files(D, "\\.erl$", true, Collect, []))),
    p(Rel(filelib:fold_files(D, "\\.erl$", false, Collect, []))),
    p(Rel(filelib:fold_files(D, "", true, Collect, []))),
    p(Rel(filelib:fold_files(D, "^f", true, Collect, []))),
    p(Rel(filelib:fold_files(D, "erl", true, Collect, []))),
    p(filelib:fold_files(D, "\\.erl$", true, fun(_, N) -> N + 1 end, 0)),
    p(filelib:fold_files(J("none"), ".*", true, Collect, none)),
    p(filelib:fold_files(J("one.erl"), ".*", true, Collect, file)),
    p(Rel(filelib:fold_files(J("a"), "[a-z]+\\.(erl|hrl)$", true, Collect, []))),
    p(file:del_dir_r(D)).

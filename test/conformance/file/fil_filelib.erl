#!/usr/bin/env escript
-module(fil_filelib).
-export([main/1]).
-mode(compile).
%% Exercises: filelib:is_dir/1, is_file/1, is_regular/1, ensure_dir/1, ensure_path/1, file_size/1, last_modified/1

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_filelib",
    _ = file:del_dir_r(D),
    J = fun(N) -> filename:join(D, N) end,
    p(filelib:is_dir(D)),
    p(filelib:ensure_dir(J("a/b/c/file.txt"))),
    p(filelib:is_dir(J("a/b/c"))),
    p(filelib:is_dir(J("a/b/c/file.txt"))),
    p(filelib:ensure_dir(J("a/b/c/file.txt"))),
    p(filelib:ensure_dir(J("x/"))),
    p(filelib:is_dir(J("x"))),
    p(filelib:ensure_path(J("p/q"))),
    p(filelib:is_dir(J("p/q"))),
    p(filelib:ensure_path(J("p/q"))),
    ok = file:write_file(J("f.txt"), "hello world"),
    p(filelib:ensure_dir(J("f.txt/sub/g"))),
    p(filelib:ensure_path(J("f.txt/sub"))),
    p([filelib:is_dir(X) || X <- [D, J("f.txt"), J("none"), list_to_binary(D), "."]]),
    p([filelib:is_file(X) || X <- [D, J("f.txt"), J("none"), list_to_binary(J("f.txt"))]]),
    p([filelib:is_regular(X) || X <- [D, J("f.txt"), J("none")]]),
    p(filelib:file_size(J("f.txt"))),
    p(filelib:file_size(J("none"))),
    p(filelib:file_size(<<"/tmp/erlts_conf_fil_filelib/f.txt">>)),
    p(filelib:last_modified(J("none"))),
    case filelib:last_modified(J("f.txt")) of
        {{Y, _, _}, {_, _, _}} when is_integer(Y) -> p(datetime);
        Other -> p({other, Other})
    end,
    p(filelib:is_dir(123)),
    p(filelib:is_file([$/, "tmp", ["/erlts_conf_fil_filelib"]])),
    p(filelib:ensure_dir("/")),
    p(file:del_dir_r(D)).

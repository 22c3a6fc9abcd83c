#!/usr/bin/env escript
-module(fn_ext_root).
-export([main/1]).
-mode(compile).
%% Exercises: filename:extension/1 and rootname/1,2 with dots in directories, dotfiles and binaries

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Names = ["a.b/c", "a.b/c.d", "a.b/.c", "a/b.c.d", ".", "..", "...", "a..b", "/.x",
             "/x.", "x/.", "x/..", ".x.y", "a.b.", "dir/.config/file.tar.gz", "a\\b.c",
             "a.b\\c"],
    [p({N, filename:extension(N), filename:rootname(N),
        filename:extension(list_to_binary(N)), filename:rootname(list_to_binary(N))})
     || N <- Names],
    R2 = [{"a.tar.gz", ".gz"}, {"a.tar.gz", ".tar.gz"}, {"a.tar.gz", "tar.gz"},
          {".gz", ".gz"}, {"/.gz", ".gz"}, {"d/.gz", ".gz"}, {"a.gz/", ".gz"},
          {"a.gz.gz", ".gz"}, {"", ""}, {"abc", "abc"}, {"abc", "bc"}],
    [p({N, E, filename:rootname(N, E), filename:rootname(list_to_binary(N), list_to_binary(E))})
     || {N, E} <- R2].

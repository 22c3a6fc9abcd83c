#!/usr/bin/env escript
-module(fil_path_consult).
-export([main/1]).
-mode(compile).
%% Exercises: file:path_consult/2 search order, skipping unreadable entries, stopping at bad terms

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_path_consult",
    _ = file:del_dir_r(D),
    J = fun(N) -> filename:join(D, N) end,
    ok = filelib:ensure_path(J("one")),
    ok = filelib:ensure_path(J("two")),
    ok = filelib:ensure_path(J("three/c.cfg")),
    ok = file:write_file(J("one/a.cfg"), "{from, one}.\n"),
    ok = file:write_file(J("two/a.cfg"), "{from, two}.\n"),
    ok = file:write_file(J("two/b.cfg"), "{from, two_b}.\n"),
    ok = file:write_file(J("one/bad.cfg"), "{oops.\n"),
    ok = file:write_file(J("two/bad.cfg"), "{fine}.\n"),
    R = fun(Dirs, Name) ->
                case file:path_consult([J(X) || X <- Dirs], Name) of
                    {ok, T, Full} -> {ok, T, lists:nthtail(length(D) + 1, Full)};
                    Other -> Other
                end
        end,
    p(R(["one", "two"], "a.cfg")),
    p(R(["two", "one"], "a.cfg")),
    p(R(["one", "two"], "b.cfg")),
    p(R(["missing", "two"], "b.cfg")),
    p(R(["one", "two"], "bad.cfg")),
    p(R(["two", "one"], "bad.cfg")),
    p(R(["three", "two"], "c.cfg")),
    p(R([], "a.cfg")),
    p(R(["one"], "none.cfg")),
    p(file:path_consult([D], "/tmp/erlts_conf_fil_path_consult/one/a.cfg")),
    p(file:del_dir_r(D)).

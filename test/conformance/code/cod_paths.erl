#!/usr/bin/env escript
-module(cod_paths).
-export([main/1]).
-mode(compile).
%% Exercises: the code path: add_patha/add_pathz/add_paths, del_path, replace_path,
%% set_path, bad_directory, and which/1 following the path order

p(X) -> io:format("~p~n", [X]).

pos(D) -> pos(D, code:get_path(), 1).
pos(_, [], _) -> none;
pos(D, [D | _], N) -> N;
pos(D, [_ | T], N) -> pos(D, T, N + 1).

main(_) ->
    B = "/tmp/erlts_conf_cod_paths",
    _ = file:del_dir_r(B),
    ok = file:make_dir(B),
    [A, Z, C, R] = Ds = [filename:join(B, N) || N <- ["a", "z", "c", "r"]],
    [ok = file:make_dir(D) || D <- Ds],
    [begin
         Src = filename:join(D, "cpa_mod.erl"),
         ok = file:write_file(Src, ["-module(cpa_mod).\n-export([w/0]).\nw() -> \"", filename:basename(D), "\".\n"]),
         {ok, cpa_mod} = compile:file(Src, [{outdir, D}])
     end || D <- Ds],
    p(code:add_patha(A)),
    p(code:add_pathz(Z)),
    p(pos(A)),
    p(pos(Z) =:= length(code:get_path())),
    p(code:which(cpa_mod) =:= filename:join(A, "cpa_mod.beam")),
    p(code:add_patha(filename:join(B, "missing"))),
    p(code:add_pathz(filename:join(B, "missing"))),
    p(code:add_patha(C)),
    p(pos(C) < pos(A)),
    p(code:which(cpa_mod) =:= filename:join(C, "cpa_mod.beam")),
    p(cpa_mod:w()),
    p(code:replace_path(C, R)),
    p(code:replace_path(filename:join(B, "nowhere"), R)),
    p(code:replace_path(R, filename:join(B, "missing"))),
    p({pos(C), pos(R) < pos(A)}),
    p(code:del_path(R)),
    p(code:del_path(R)),
    p(code:del_path(A)),
    p(code:which(cpa_mod) =:= filename:join(C, "cpa_mod.beam")),
    p(code:add_paths([A, R])),
    p(pos(A) < pos(R)),
    p(code:add_pathsa([R, A])),
    p(pos(R) < pos(A)),
    Old = code:get_path(),
    p(code:set_path([filename:join(B, "missing") | Old])),
    p(code:get_path() =:= Old),
    p(code:set_path([Z | Old])),
    p(pos(Z)),
    p(code:set_path(Old)),
    [true = code:del_path(D) || D <- [A, Z, R]],
    p([pos(D) || D <- Ds]),
    p(file:del_dir_r(B)).

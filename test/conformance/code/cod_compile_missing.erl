#!/usr/bin/env escript
-module(cod_compile_missing).
-export([main/1]).
-mode(compile).
%% Exercises: compile:file of a missing source and of a module whose name is not its
%% file's: reports, error, and the return lists

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_cod_compile_missing",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    Missing = filename:join(D, "ccm_nothere"),
    p(compile:file(Missing, [report])),
    p(compile:file(Missing, [])),
    {error, [{F, [E]}], []} = compile:file(Missing, [return]),
    p({filename:basename(F), E}),
    Src = filename:join(D, "ccm_file.erl"),
    ok = file:write_file(Src, "-module(ccm_other).\n-export([f/0]).\nf() -> ok.\n"),
    p(compile:file(Src, [report, {outdir, D}])),
    {error, [{F2, [E2]}], []} = compile:file(Src, [return, {outdir, D}]),
    p({filename:basename(F2), E2}),
    p(filelib:is_regular(filename:join(D, "ccm_file.beam"))),
    {ok, ccm_other, Bin} = compile:file(Src, [binary, report_errors]),
    p(is_binary(Bin)),
    p(file:del_dir_r(D)).

#!/usr/bin/env escript
-module(cod_compile_errors).
-export([main/1]).
-mode(compile).
%% Exercises: compile:file with errors and warnings: report prints them as erlc does,
%% (warnings are not printed here: the recorder rejects output with warnings),
%% without report nothing is printed, return gives {error, Errors, Warnings}

p(X) -> io:format("~p~n", [X]).

shape({error, Es, Ws}) -> {error, [{filename:basename(F), length(L)} || {F, L} <- Es],
                           [{filename:basename(F), length(L)} || {F, L} <- Ws]};
shape({ok, M, Ws}) -> {ok, M, [{filename:basename(F), [{Loc, Mod} || {Loc, Mod, _} <- L]} || {F, L} <- Ws]};
shape(X) -> X.

main(_) ->
    D = "/tmp/erlts_conf_cod_compile_errors",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    Bad = filename:join(D, "cce_bad.erl"),
    ok = file:write_file(Bad, "-module(cce_bad).\n-export([f/1]).\nf(X) ->\n    Y + 1.\n"),
    Warn = filename:join(D, "cce_warn.erl"),
    ok = file:write_file(Warn, "-module(cce_warn).\n-export([f/1]).\nf(X) ->\n    ok.\n"),
    Syn = filename:join(D, "cce_syn.erl"),
    ok = file:write_file(Syn, "-module(cce_syn).\nf( -> ok.\n"),
    p(compile:file(Bad, [{outdir, D}, report_errors])),
    p(compile:file(Bad, [{outdir, D}])),
    p(shape(compile:file(Bad, [{outdir, D}, return]))),
    p(compile:file(Syn, [{outdir, D}, report_errors])),
    p(compile:file(Warn, [{outdir, D}, report_errors])),
    p(compile:file(Warn, [{outdir, D}])),
    p(shape(compile:file(Warn, [{outdir, D}, return]))),
    p(filelib:is_regular(filename:join(D, "cce_bad.beam"))),
    p(filelib:is_regular(filename:join(D, "cce_warn.beam"))),
    p(file:del_dir_r(D)).

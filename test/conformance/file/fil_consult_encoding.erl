#!/usr/bin/env escript
-module(fil_consult_encoding).
-export([main/1]).
-mode(compile).
%% Exercises: file:consult/1 of UTF-8 text and of latin-1 text with a coding comment

p(X) -> io:format("~w~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_consult_encoding",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "e.cfg"),
    C = fun(Bytes) -> ok = file:write_file(F, Bytes), file:consult(F) end,
    p(C(<<"{name, \"J", 195, 188, "rgen\"}.\n">>)),
    p(C(<<"%% -*- coding: utf-8 -*-\n{a, \"", 226, 130, 172, "\"}.\n">>)),
    p(C(<<"%% -*- coding: latin-1 -*-\n{a, \"caf", 233, "\"}.\n">>)),
    p(C(<<"{k, '", 206, 177, "'}.\n">>)),
    p(C(<<"{k, $", 195, 169, "}.\n">>)),
    p(file:del_dir_r(D)).

#!/usr/bin/env escript
-module(fil_consult_terms).
-export([main/1]).
-mode(compile).
%% Exercises: file:consult/1 on every kind of literal term, escapes, unicode text and comments

p(X) -> io:format("~w~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_consult_terms",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    F = filename:join(D, "t.cfg"),
    C = fun(Text) -> ok = file:write_file(F, Text), file:consult(F) end,
    p(C("\"tab\\there\\n\". 'a\\'b'. $\\n. $\\s. \"\\x{41}\\101\".\n")),
    p(C("1.5e-3. -0.0. 1_000_000. 36#Zz. $\\^A. +7. - 8.\n")),
    p(C("#{a => #{b => [c]}}. #{}. {[], [[]], {{}}}.\n")),
    p(C("<<>>. <<\"x\">>. <<1, 255, 256>>.\n")),
    p(C(<<"\"caf", 195, 169, "\". '", 206, 177, "'.\n">>)),
    p(C("[a | b]. [1, 2 | [3]]. \"ab\" \"cd\" \"\".\n")),
    p(C("{a, % comment inside\n b}.\n%% trailing comment")),
    p(C("x. y.\n\n\nz.")),
    p(C("fun lists:map/2.\n")),
    p(C("#{a := 1}.\n")),
    p(C("<<X>>.\n")),
    p(C("{a, [b | c], \"s\" ++ \"t\"}.\n")),
    p(C("'unterminated.\n")),
    p(C("\"unterminated.\n")),
    p(C("{1, 2}.\n)")),
    p(C("ok.\n3 4.\n")),
    p(file:del_dir_r(D)).

#!/usr/bin/env escript
-module(fil_consult).
-export([main/1]).
-mode(compile).
%% Exercises: file:consult/1 and file:path_consult/2 (terms, syntax errors, bad terms)

p(X) -> io:format("~p~n", [X]).

main(_) ->
    D = "/tmp/erlts_conf_fil_consult",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    J = fun(N) -> filename:join(D, N) end,
    C = fun(Text) -> ok = file:write_file(J("t.config"), Text), file:consult(J("t.config")) end,
    p(C("{a, 1}.\n[x, \"str\", 3.5, -7].\n")),
    p(C("%% a comment\n#{k => v, 1 => [2]}.\n<<1,2,\"ab\">>.\n'quoted atom'. $a.\n")),
    p(C("")),
    p(C("  \n%% only a comment\n")),
    p(C("{true, false, [], {}}.\n-5.0e3. 16#ff. 2#101.\n\"con\" \"cat\".\n")),
    p(C("{a, 1}.\n{b, }.\n")),
    p(C("{a, 1}\n{b, 2}.\n")),
    p(C("\n\n{a, X}.\n")),
    p(C("1 + 2.\n")),
    p(C("{a, 1}. {b, 2}")),
    p(C("[1, 2 | 3].\n")),
    p(C("f(x).\n")),
    p(C("{ok, 1}.\nfoo bar.\n")),
    p(C("12345678901234567890123. -16#10.\n")),
    p(file:consult(J("none.config"))),
    p(file:consult(D)),
    ok = file:make_dir(J("sub")),
    ok = file:write_file(J("sub/p.config"), "{found, here}.\n"),
    {ok, Terms, Full} = file:path_consult([J("nope"), J("sub")], "p.config"),
    p({Terms, Full =:= J("sub/p.config")}),
    p(file:path_consult([J("nope")], "p.config")),
    ok = file:write_file(J("sub/bad.config"), "{x\n"),
    p(file:path_consult([J("sub")], "bad.config")),
    p(file:del_dir_r(D)).

#!/usr/bin/env escript
-module(fn_validate).
-export([main/1]).
-mode(compile).
%% Exercises: filename:validate/1 on good and bad names, and append/2

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Names = ["a", "", "a/b", [0], "a" ++ [0], <<"ok">>, <<>>, <<"a", 0>>, <<255>>, atom, '',
             ["deep", [$x]], [$a | b], [16#10ffff], [16#110000], [-1], [[]],
             "\x{e9}", [[$a], <<"b">>]],
    [p({N, filename:validate(N)}) || N <- Names],
    p(filename:append("a", "b/c")),
    p(filename:append("", "b")),
    p(filename:append(<<"a/">>, <<"/b">>)).

#!/usr/bin/env escript
-module(rx_unicode_props).
-export([main/1]).
-mode(compile).
%% Exercises: Unicode properties \p{..} \P{..} \pL, general categories, scripts, L&, Xan/Xwd/Xsp, \X, bad names

main(_) ->
    U = [unicode, global, {capture, all, list}],
    S = "Ab1 ñ-Ω٣_,日",
    lists:foreach(fun(P) -> io:format("~ts ~w~n", [P, caps(S, P, U)]) end,
                  ["\\p{L}", "\\p{Lu}", "\\p{Ll}", "\\pN", "\\p{Nd}", "\\p{P}", "\\p{Pd}",
                   "\\p{Zs}", "\\P{L}", "\\p{^L}", "\\p{L&}", "\\p{Greek}", "\\p{Han}",
                   "\\p{Latin}", "\\p{Xan}", "\\p{Xwd}", "\\p{Xsp}", "\\p{Any}",
                   "[\\p{Lu}\\d]", "[^\\p{L}\\s]"]),
    r("abc", "\\p{L}+"),
    r("e\x{301}x", "\\X", U),
    r("a", "\\p{Foo}", [unicode]),
    r("a", "\\p{L", [unicode]),
    r("a", "\\p", [unicode]).

caps(S, P, O) ->
    case re:run(S, P, O) of
        {match, M} -> [C || [C] <- M];
        nomatch -> []
    end.

r(S, P) -> r(S, P, []).
r(S, P, O) -> io:format("~p~n", [try re:run(S, P, O) catch C:E -> {C, E} end]).

#!/usr/bin/env escript
-module(terms_atoms).
-export([main/1]).
-mode(compile).
%% Exercises: atom quoting in ~p and ~w

main(_) ->
    L = [a, abc, aBC, 'Abc', 'hello world', '', 'a-b', 'a.b', a@b, a_b, 'a b', '1a', 'case', 'end',
         'of', 'when', 'fun', 'receive', 'after', 'try', 'catch', 'andalso', 'orelse', 'not', 'div',
         'rem', 'band', 'bor', 'xor', 'bnot', 'bsl', 'bsr', 'begin', 'if', 'let', 'query', 'maybe',
         'else', 'cond', '\n', 'tab\there', 'back\\slash', '[]', '{}', '_x', 'x_'],
    [io:format("~p ~w~n", [A, A]) || A <- L].

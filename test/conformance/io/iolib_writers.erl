#!/usr/bin/env escript
-module(iolib_writers).
-export([main/1]).
-mode(compile).
%% Exercises: io_lib:quote_atom/2, indentation/2, write/3, deep_unicode_char_list/1 and the latin1/unicode writer family
main(_) ->
    P = fun(X) -> io:format("~w~n", [X]) end,
    P([io_lib:quote_atom(A, atom_to_list(A)) || A <- [abc, 'A', 'a b', 'case', 'é', 'λ', '', aB_1@, 'a.b', '_x']]),
    P([io_lib:indentation(S, C) || {S, C} <- [{"abc", 0}, {"a\tb", 2}, {"ab\ncd", 5}, {[$x, "yz"], 1}, {"\t\t", 0}, {"", 7}]]),
    P(io_lib:write_latin1_string("aé\n\"")), P(io_lib:write_latin1_string("ab", $')),
    P(io_lib:write_unicode_string("aλé")), P(io_lib:write_string_as_latin1("aλé")), P(io_lib:write_string_as_latin1("ab'λ", $')),
    P(io_lib:write_latin1_char($é)), P(io_lib:write_unicode_char(955)), P(io_lib:write_char_as_latin1(955)), P(io_lib:write_char_as_latin1($a)),
    P(io_lib:write_char_as_latin1($\n)), P(io_lib:write_unicode_char($\s)),
    P(io_lib:write_atom_as_latin1('λx')), P(io_lib:write_atom_as_latin1('a b')), P(io_lib:write_atom_as_latin1(abc)),
    P([io_lib:deep_unicode_char_list(X) || X <- [[955, "ab"], [-1], foo, [[[]]], [16#110000], [$a | $b]]]),
    P(lists:flatten(io_lib:write({a, [1,2,3], "str"}, 2, false))), P(lists:flatten(io_lib:write({a, [1,2,3], "str"}, -1, true))),
    P(lists:flatten(io_lib:write(lists:seq(1, 40), -1, true))).

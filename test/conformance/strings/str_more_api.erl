#!/usr/bin/env escript
-module(str_more_api).
-export([main/1]).
-mode(compile).
%% Exercises: string:to_graphemes, equal/3,4, take/2,3,4, nth_lexeme/3, sub_word/2,3, list_to_integer/float, to_float edge cases
main(_) ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    P(string:to_graphemes("ab\r\ncd")), P(string:to_graphemes(<<"ab\r\nc">>)), P(string:to_graphemes([$a, 16#301, $b])),
    P(string:equal("abc", "ABC", true)), P(string:equal("abc", <<"ABC">>, false)), P(string:equal("Åb", "åB", true, none)),
    P(string:equal([$a,16#30A], [16#E5], false, nfc)), P(string:equal([$a,16#30A], [16#E5], false, none)),
    P(string:take("abc123", "abc")), P(string:take("abc123", "123", true)), P(string:take("abc123", "123", false, trailing)),
    P(string:take(<<"  x ">>, " ")), P(string:take("abc", "xyz")), P(string:take("abc123", "abc", true, trailing)),
    P(string:nth_lexeme("a,b,,c", 3, ",")), P(string:nth_lexeme("a,b,,c", 1, ",")), P(string:nth_lexeme(<<"x y z">>, 2, " ")),
    P(catch string:nth_lexeme("a,b", 5, ",")),
    P(string:sub_word(" Hello old boy !", 3)), P(string:sub_word("a.b.c", 2, $.)), P(string:sub_word("abc", 5)),
    P(string:list_to_float("1.5e3xyz")), P(string:list_to_float("abc")), P(string:list_to_float("1")),
    P(string:list_to_integer("12abc")), P(string:list_to_integer("x")), P(catch string:list_to_integer(<<"12">>)),
    P(catch string:list_to_float(<<"1.0">>)), P(string:list_to_integer("-7")), P(string:list_to_float("-1.5")),
    P(string:to_float("1.5e3xyz")), P(string:to_float("1e3")), P(string:to_float(".5")), P(string:to_float("1.")),
    P(string:to_integer("+12")), P(string:to_integer([$1, <<"2">>, "3x"])).

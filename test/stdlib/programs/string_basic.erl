#!/usr/bin/env escript
-module(string_basic).
-export([main/1]).
-mode(compile).

main(_) ->
    Cases = [
        string:trim("  ab c \n"), string:trim(<<"\t x \r\n">>), string:trim("..a..", leading, "."),
        string:trim(<<"xxaxx">>, trailing, "x"), string:trim(<<"xxaxx">>, both, "x"),
        string:split("a,b,c", ","), string:split("a,b,c", ",", trailing), string:split("a,b,,c,", ",", all),
        string:split(<<"k=v=w">>, "="), string:split("abc", ""), string:split("abc", "x"),
        string:split("a<>b<>c", "<>", all),
        string:lexemes("a,,b, c", ", "), string:lexemes(<<" a  b ">>, " "),
        string:find("abcbc", "bc"), string:find("abcbc", "bc", trailing), string:find(<<"abc">>, "z"),
        string:find(<<"hello world">>, <<"o w">>),
        string:replace("abcbd", "b", "x"), string:replace("abcbd", "b", "x", all),
        string:replace(<<"abc">>, "b", "xy", trailing),
        string:length("héllo"), string:length(<<"héllo"/utf8>>), string:length(<<>>),
        string:slice("hello", 1), string:slice("hello", 1, 3), string:slice(<<"hello">>, 2, infinity),
        string:slice("abc", 5),
        string:pad("ab", 5), string:pad(<<"ab">>, 5, leading), string:pad("ab", 5, both, $*),
        string:pad("abcdef", 3),
        string:reverse("abc"), string:reverse(<<"abc">>),
        string:is_empty(""), string:is_empty(<<>>), string:is_empty("a"), string:is_empty([[], <<>>]),
        string:equal("ab", <<"ab">>), string:equal("ab", "ac"),
        string:prefix("foobar", "foo"), string:prefix(<<"foobar">>, "foo"), string:prefix("foo", "x"),
        string:uppercase("abc Zé"), string:lowercase(<<"ABC">>), string:titlecase("hello"),
        string:titlecase(<<"hello">>), string:casefold("ABC"),
        string:chomp("abc\n"), string:chomp(<<"abc\r\n">>), string:chomp("abc"),
        string:to_integer("12ab"), string:to_integer(<<"-5">>), string:to_integer("+7"),
        string:to_integer("x"), string:to_float("1.5e3x"), string:to_float("-0.25"),
        string:to_float("1"), string:to_float("2.5E-2"),
        string:to_upper("abc"), string:to_upper($a), string:to_lower("ABC"), string:to_lower($Z),
        string:tokens("a  b c", " "), string:tokens("a,b;c", ",;"), string:join(["a", "b", "c"], ", "),
        string:join([], ","), string:chars($a, 3), string:chars($a, 3, "x"), string:copies("ab", 3),
        string:str("hello", "ll"), string:str("hello", "z"), string:rstr("hello hello", "ll"),
        string:substr("hello", 2), string:substr("hello", 2, 3), string:sub_string("hello", 2, 4),
        string:left("ab", 4), string:left("abcdef", 3), string:left("ab", 4, $.),
        string:right("ab", 4), string:right("abcdef", 3), string:centre("ab", 6), string:centre("abcdef", 3),
        string:strip("  x  "), string:strip("xxaxx", left, $x), string:strip("xxaxx", right, $x),
        string:words("a b  c"), string:span("aabc", "a"), string:cspan("aabc", "c"),
        string:len("abc"), string:chr("abc", $b), string:rchr("abcb", $b), string:concat("ab", "cd")
    ],
    lists:foreach(fun(C) -> io:format("~w~n", [C]) end, Cases),
    ok.

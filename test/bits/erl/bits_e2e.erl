-module(bits_e2e).
-export([construct/0, match/0, errors/0, comprehensions/0, loops/0, utf/0]).

id(X) -> X.
c(F) -> try F() catch C:R -> {C, R} end.

construct() ->
    A = id(1), B = id(-2), Bin = id(<<1, 2, 3>>), F = id(1.5), S = id(12),
    [<<A, B>>, <<A:S, B:S/little-signed>>, <<Bin/binary, Bin:2/binary, Bin/bits>>,
     <<F/float, F:32/float-little, F:16/float>>, <<A:3, Bin/binary, B:5>>,
     <<"abc", "é"/utf8, 1000/utf16-little, 70000/utf32>>,
     <<(id(1 bsl 80)):90/signed>>, <<>>, <<(id(<<7:3>>))/bitstring, 1:1>>].

match() ->
    [m1(<<1, 2, 3, 4, 5>>), m1(<<1, 2>>), m1(<<255, 255, 0, 9, 9>>), m1(foo),
     m2(<<3, "abcdef">>), m2(<<9, "ab">>), m3(<<1:1, 5:4, 99:11, "rest">>),
     m4(<<0, 0, 0, 0, 0, 0, 248, 63>>), m4(<<0, 0, 0, 0, 0, 0, 240, 127>>),
     m5(<<"x=", "42;">>), m5(<<"y=1;">>), m6(<<1, 2, 3:4>>), m6(<<1, 2>>)].

m1(<<X:16, Y:16/little-signed, _/binary>>) -> {X, Y};
m1(<<X, Rest/binary>>) -> {short, X, Rest};
m1(_) -> nomatch.

m2(<<N, Str:N/binary, _/binary>>) -> {N, Str};
m2(_) -> nomatch.

m3(<<A:1, B:4, C:11/little, Rest/binary>>) -> {A, B, C, Rest}.

m4(<<F/float-little>>) -> F;
m4(_) -> not_finite.

m5(<<"x=", Rest/binary>>) -> {x, Rest};
m5(<<C/utf8, _/binary>>) -> {other, C}.

m6(<<A, B/bitstring>>) when is_binary(B) -> {bin, A, B};
m6(<<A, B/bitstring>>) -> {bits, A, B}.

errors() ->
    [c(fun() -> <<(id(a)):8>> end), c(fun() -> <<(id(1)):(id(-1))>> end),
     c(fun() -> <<(id(<<1:3>>))/binary>> end), c(fun() -> <<(id(<<1>>)):2/binary>> end),
     c(fun() -> <<(id(16#d800))/utf8>> end), c(fun() -> <<(id(1)):(id(7))/float>> end),
     c(fun() -> <<(id(a)):8, 1:(id(1 bsl 60))>> end), c(fun() -> <<(id(1 bsl 1100)):64/float>> end),
     c(fun() -> <<X:8>> = id(<<1, 2>>), X end)].

comprehensions() ->
    [<< <<X:4>> || X <- lists:seq(1, 9) >>, << <<X, Y>> || <<X, Y>> <= <<"abcdef">> >>,
     [X || <<X:3>> <= <<255, 0>>], << <<(X * 2)>> || <<X>> <= <<1, 2, 3>>, X > 1 >>].

loops() ->
    B = app(0, <<>>),
    <<_:99990/binary, T/binary>> = B,
    {byte_size(B), T, sum(B, 0)}.

app(100000, Acc) -> Acc;
app(I, Acc) -> app(I + 1, <<Acc/binary, (I rem 256)>>).

sum(<<X, R/binary>>, S) -> sum(R, S + X);
sum(<<>>, S) -> S.

utf() ->
    S = id(<<"héllo wörld €𝄞"/utf8>>),
    L = [C || <<C/utf8>> <= S],
    {L, << <<C/utf16>> || C <- L >>, << <<C/utf32-little>> || C <- L >>,
     [C || <<C/utf16>> <= << <<C/utf16>> || C <- L >>]}.

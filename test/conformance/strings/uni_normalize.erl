#!/usr/bin/env escript
-module(uni_normalize).
-export([main/1]).
-mode(compile).
%% Exercises: unicode normalisation forms (nfc, nfd, nfkc, nfkd; list and binary), bom_to_encoding, encoding_to_bom, bin_is_7bit

main(_) ->
    P = fun(X) -> io:format("~w~n", [X]) end,
    P(unicode:characters_to_nfc_list([$a, 16#30A, $b])), P(unicode:characters_to_nfd_list([16#E5])), P(unicode:characters_to_nfd_binary(<<"å"/utf8>>)),
    P(unicode:characters_to_nfkc_list([16#FB01])), P(unicode:characters_to_nfkd_binary([16#FB01, <<"x">>])), P(unicode:characters_to_nfc_binary([<<"a">>, 16#30A])),
    P(unicode:characters_to_nfc_list(<<255, 97>>)),
    P(unicode:characters_to_nfc_binary([97, <<200>>])),
    P(unicode:characters_to_nfkd_list("Å™ ½ ℌ")),
    P(unicode:characters_to_nfc_list([16#1100, 16#1161, 16#11A8])),
    P(unicode:characters_to_nfd_list([16#AC01])),
    P(element(1, catch unicode:characters_to_nfc_list(foo))),
    P([unicode:bom_to_encoding(B) || B <- [<<239,187,191,1>>, <<254,255>>, <<255,254>>, <<0,0,254,255>>, <<255,254,0,0>>, <<1,2>>, <<>>]]),
    P([unicode:encoding_to_bom(E) || E <- [utf8, unicode, {utf16, big}, {utf16, little}, utf16, {utf32, big}, {utf32, little}, utf32, latin1]]),
    P(element(1, catch unicode:encoding_to_bom(foo))),
    P([unicode:bin_is_7bit(B) || B <- [<<"abc">>, <<200>>, <<>>]]).

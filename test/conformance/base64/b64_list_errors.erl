#!/usr/bin/env escript
-module(b64_list_errors).
-export([main/1]).
-mode(compile).
%% Exercises: base64 given lists with something wrong at each position of a group (a
%% byte over 255, zero, a negative number, a float, an atom, an improper tail), for the
%% binary and the string results of encode, decode and mime_decode: which error each
%% raises (badarg, badarith, function_clause) or what it yields.

main(_) ->
    Bads = [300, 0, -1, 1.0, x],
    Goods = "Zm9vYmFy",
    [begin
         L = lists:sublist(Goods, P - 1) ++ [B] ++ lists:nthtail(P, Goods),
         io:format("~p@~p: ~p ~p ~p ~p~n", [B, P, e(fun() -> base64:decode(L) end),
                                            e(fun() -> base64:decode_to_string(L) end),
                                            e(fun() -> base64:mime_decode(L) end),
                                            e(fun() -> base64:mime_decode_to_string(L) end)])
     end || B <- Bads, P <- [1, 2, 3, 4, 8]],
    [io:format("enc ~p@~p: ~p ~p~n", [B, P, e(fun() -> base64:encode(L) end),
                                      e(fun() -> base64:encode_to_string(L) end)])
     || B <- Bads, P <- [1, 2, 3, 4],
        L <- [lists:sublist("abcd", P - 1) ++ [B] ++ lists:nthtail(P, "abcd")]],
    [io:format("tail ~p: ~p ~p ~p~n", [L, e(fun() -> base64:encode(L) end), e(fun() -> base64:decode(L) end),
                                       e(fun() -> base64:mime_decode(L) end)])
     || L <- [[$Z | $g], [$Z, $g, $=, $= | foo], [$Z, $m, $9, $v | <<"YmFy">>], "Zm9v" ++ [[]]]],
    ok.

e(F) ->
    try F() catch C:R -> {C, R} end.

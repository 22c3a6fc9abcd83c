%% base64: RFC 4648 base 64 encoding, erlts's own implementation of OTP 25's module
%% (which has no options yet: those came with OTP 26).
%%
%% Results and errors are OTP's, and OTP's errors come from its arithmetic rather than
%% from checks, so this module does the same arithmetic in the same order:
%%   * encoding takes the input three bytes at a time as one 24-bit number
%%     B1 bsl 16 bor B2 bsl 8 bor B3, so list elements above 255 are not rejected as
%%     such: only a group whose top six bits fall outside 0..63 fails (badarg), and a
%%     non-integer fails in the arithmetic (badarith);
%%   * decode/1 skips white space (tab, LF, CR, space), and fails on anything else
%%     that is not in the alphabet when the group of four holding it is put together
%%     (badarg building the binary, badarith in decode_to_string's arithmetic or in
%%     the shift of a padded group); after the padding only white space may follow
%%     ({case_clause, What}); an element that is not a byte 1..255 is badarg; input that
%%     ends inside a group of four is function_clause;
%%   * mime_decode/1 skips every character outside the alphabet (and NUL bytes), takes
%%     padding only in the third and fourth place of a group, and ignores a `=` that is
%%     followed by more data.
%%
%% Well-formed input takes a native fast path (erlts_base64, runtime/bifs/base64.ts),
%% which declines (false) anything else; the Erlang code here then gives the result or
%% the error.
-module(base64).

-export([encode/1, decode/1, mime_decode/1,
         encode_to_string/1, decode_to_string/1, mime_decode_to_string/1]).

%% ---- encoding -------------------------------------------------------------------

encode(Data) when is_binary(Data); is_list(Data) ->
    case erlts_base64:encode(Data) of
        false -> list_to_binary(enc(to_list(Data), []));
        Bin -> Bin
    end.

encode_to_string(Data) when is_binary(Data); is_list(Data) ->
    case erlts_base64:encode(Data) of
        false -> enc(to_list(Data), []);
        Bin -> binary_to_list(Bin)
    end.

to_list(Bin) when is_binary(Bin) -> binary_to_list(Bin);
to_list(List) -> List.

%% Acc holds the characters so far, reversed. Each symbol is computed in turn, left to
%% right, so the first bad one is the one that fails.
enc([], Acc) -> lists:reverse(Acc);
enc([B1], Acc) ->
    C1 = sym(B1 bsr 2),
    C2 = sym((B1 band 3) bsl 4),
    lists:reverse(Acc, [C1, C2, $=, $=]);
enc([B1, B2], Acc) ->
    C1 = sym(B1 bsr 2),
    C2 = sym(((B1 band 3) bsl 4) bor (B2 bsr 4)),
    C3 = sym((B2 band 15) bsl 2),
    lists:reverse(Acc, [C1, C2, C3, $=]);
enc([B1, B2, B3 | Rest], Acc) ->
    N = (B1 bsl 16) bor (B2 bsl 8) bor B3,
    C1 = sym(N bsr 18),
    enc(Rest, [sym(N band 63), sym((N bsr 6) band 63), sym((N bsr 12) band 63), C1 | Acc]).

%% The character of a 6-bit value (badarg outside 0..63, as OTP's table lookup).
sym(V) when is_integer(V), V >= 0, V < 26 -> $A + V;
sym(V) when is_integer(V), V >= 26, V < 52 -> $a + V - 26;
sym(V) when is_integer(V), V >= 52, V < 62 -> $0 + V - 52;
sym(62) -> $+;
sym(63) -> $/;
sym(_) -> erlang:error(badarg).

%% ---- the alphabet -----------------------------------------------------------------

%% The value of a character: 0..63, `eq` for the padding, `ws` for white space, `bad`
%% for any other byte; badarg for what is not a byte 1..255.
val(C) when is_integer(C), C >= $A, C =< $Z -> C - $A;
val(C) when is_integer(C), C >= $a, C =< $z -> C - $a + 26;
val(C) when is_integer(C), C >= $0, C =< $9 -> C - $0 + 52;
val($+) -> 62;
val($/) -> 63;
val($=) -> eq;
val(C) when C =:= $\t; C =:= $\n; C =:= $\r; C =:= $\s -> ws;
val(C) when is_integer(C), C >= 1, C =< 255 -> bad;
val(_) -> erlang:error(badarg).

%% ---- strict decoding ----------------------------------------------------------------

decode(Data) when is_binary(Data); is_list(Data) ->
    case erlts_base64:decode(Data) of
        false -> list_to_binary(dec(to_list(Data), [], bin, []));
        Bin -> Bin
    end.

decode_to_string(Data) when is_binary(Data); is_list(Data) ->
    case erlts_base64:decode(Data) of
        false -> binary_to_list(list_to_binary(dec(to_list(Data), [], str, [])));
        Bin -> binary_to_list(Bin)
    end.

%% Q holds the values read of the current group, latest first; Acc the decoded groups
%% (bytes or binaries), latest first.
dec([C | Cs], Q, Mode, Acc) ->
    case val(C) of
        ws -> dec(Cs, Q, Mode, Acc);
        V when length(Q) =:= 3 ->
            [B3, B2, B1] = Q,
            case V of
                eq when B3 =:= eq ->
                    Last = last2(B1, B2),
                    only_ws(Cs),
                    lists:reverse(Acc, [Last]);
                eq ->
                    Last = last3(B1, B2, B3),
                    only_ws(Cs),
                    lists:reverse(Acc, [Last]);
                B4 -> dec(Cs, [], Mode, [group(Mode, B1, B2, B3, B4) | Acc])
            end;
        V -> dec(Cs, [V | Q], Mode, Acc)
    end;
dec([], [], _Mode, Acc) -> lists:reverse(Acc).

%% A whole group: a value that is not 0..63 makes the binary construction (bin) or the
%% arithmetic (str) fail, as in OTP.
group(bin, B1, B2, B3, B4) -> <<B1:6, B2:6, B3:6, B4:6>>;
group(str, B1, B2, B3, B4) ->
    N = (B1 bsl 18) bor (B2 bsl 12) bor (B3 bsl 6) bor B4,
    [N bsr 16, (N bsr 8) band 255, N band 255].

%% A group ending "==" or "=".
last2(B1, B2) ->
    X = B2 bsr 4,
    <<B1:6, X:2>>.

last3(B1, B2, B3) ->
    X = B3 bsr 2,
    <<B1:6, B2:6, X:4>>.

only_ws([]) -> ok;
only_ws([C | Cs]) ->
    case val(C) of
        ws -> only_ws(Cs);
        Other -> erlang:error({case_clause, Other})
    end.

%% ---- MIME decoding ----------------------------------------------------------------

mime_decode(Data) when is_binary(Data); is_list(Data) ->
    case erlts_base64:mime_decode(Data) of
        false -> list_to_binary(mime(to_list(Data), [], []));
        Bin -> Bin
    end.

mime_decode_to_string(Data) when is_binary(Data); is_list(Data) ->
    binary_to_list(mime_decode(Data)).

%% Q and Acc as in dec/4; only values 0..63 are kept.
mime([0 | Cs], Q, Acc) -> mime(Cs, Q, Acc);
mime([C | Cs], Q, Acc) ->
    case val(C) of
        V when is_integer(V), length(Q) =:= 3 ->
            [B3, B2, B1] = Q,
            mime(Cs, [], [<<B1:6, B2:6, B3:6, V:6>> | Acc]);
        V when is_integer(V) -> mime(Cs, [V | Q], Acc);
        eq when length(Q) =:= 2 ->
            [B2, B1] = Q,
            mime_eq(Cs, B1, B2, eq, Acc);
        eq when length(Q) =:= 3 ->
            [B3, B2, B1] = Q,
            mime_eq(Cs, B1, B2, B3, Acc);
        _ -> mime(Cs, Q, Acc)
    end;
mime([], [], Acc) -> lists:reverse(Acc).

%% After a `=`: the group ends there unless more data follows, which then goes on the
%% group (the `=` is dropped).
mime_eq([0 | Cs], B1, B2, B3, Acc) -> mime_eq(Cs, B1, B2, B3, Acc);
mime_eq([C | Cs], B1, B2, B3, Acc) ->
    case val(C) of
        V when is_integer(V), B3 =:= eq -> mime(Cs, [V, B2, B1], Acc);
        V when is_integer(V) -> mime(Cs, [], [<<B1:6, B2:6, B3:6, V:6>> | Acc]);
        _ -> mime_eq(Cs, B1, B2, B3, Acc)
    end;
mime_eq([], B1, B2, eq, Acc) -> lists:reverse(Acc, [<<B1:6, (B2 bsr 4):2>>]);
mime_eq([], B1, B2, B3, Acc) -> lists:reverse(Acc, [<<B1:6, B2:6, (B3 bsr 2):4>>]).

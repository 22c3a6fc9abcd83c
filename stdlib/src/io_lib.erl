%% The Erlang half of io_lib (the formatting functions are native: runtime/bifs/io_lib.ts):
%% formatted input (fread/2,3, what io:fread/2,3 runs inside the I/O server) and
%% format_prompt/1,2, which I/O servers use to print a prompt.
%%
%% fread reads directives from the format one by one (see the io module's manual):
%% whitespace in the format skips any whitespace in the input, other characters must
%% match, and `~[*][Width][t]C` reads a field (d u - # f s a c l ~). Input that ends
%% in the middle asks for more ({more, ...}); eof before the first field is `eof`.
-module(io_lib).
-export([fread/2, fread/3, format_prompt/1, format_prompt/2]).
-export([quote_atom/2, indentation/2, write/3, deep_unicode_char_list/1,
         write_latin1_string/1, write_latin1_string/2, write_unicode_string/1,
         write_string_as_latin1/1, write_string_as_latin1/2, write_latin1_char/1,
         write_unicode_char/1, write_char_as_latin1/1, write_atom_as_latin1/1]).

-define(WS(C), (C =:= $\s orelse C =:= $\t orelse C =:= $\r orelse C =:= $\n)).

%% ------------------------------------------------------------------ prompts

format_prompt(Prompt) ->
    format_prompt(Prompt, latin1).

format_prompt({format, Format, Args}, _Enc) ->
    safe_format(Format, Args);
format_prompt(Prompt, Enc) when is_list(Prompt); is_atom(Prompt); is_binary(Prompt) ->
    safe_format(directive(Enc, $s), [Prompt]);
format_prompt(Prompt, Enc) ->
    safe_format(directive(Enc, $p), [Prompt]).

directive(latin1, C) -> [$~, C];
directive(_, C) -> [$~, $t, C].

%% A prompt that cannot be formatted is shown as "???", never an error.
safe_format(Format, Args) ->
    try io_lib:format(Format, Args)
    catch _:_ -> "???"
    end.

%% ------------------------------------------------------------------ writing helpers
%% Thin layers over the native writers (write_atom, write_string, write_char, print).

%% Does the atom need quotes? (What write_atom/1 does with it tells.)
quote_atom(Atom, _Chars) when is_atom(Atom) ->
    lists:flatten(io_lib:write_atom(Atom)) =/= atom_to_list(Atom).

%% The column after writing Chars from column Col: a tab goes to the next multiple of
%% 8, a newline back to 0.
indentation([C | Cs], Col) when is_integer(C) -> indentation(Cs, column(C, Col));
indentation([L | Cs], Col) -> indentation(Cs, indentation(L, Col));
indentation([], Col) -> Col.

column($\t, Col) -> Col + 8 - Col rem 8;
column($\n, _) -> 0;
column(_, Col) -> Col + 1.

write(Term, Depth, true) -> io_lib:print(Term, 1, 80, Depth);
write(Term, Depth, false) -> io_lib:write(Term, Depth).

deep_unicode_char_list([C | Cs]) when is_integer(C), C >= 0, C < 16#D800;
                                      is_integer(C), C > 16#DFFF, C =< 16#10FFFF ->
    deep_unicode_char_list(Cs);
deep_unicode_char_list([L | Cs]) when is_list(L) ->
    deep_unicode_char_list(L) andalso deep_unicode_char_list(Cs);
deep_unicode_char_list([]) -> true;
deep_unicode_char_list(_) -> false.

write_latin1_string(S) -> write_latin1_string(S, $").
write_latin1_string(S, Q) ->
    case lists:all(fun(C) -> is_integer(C) andalso C >= 0 andalso C =< 255 end, S) of
        true -> io_lib:write_string(S, Q);
        false -> erlang:error(function_clause, [S, Q])
    end.

write_unicode_string(S) -> io_lib:write_string(S).

write_string_as_latin1(S) -> write_string_as_latin1(S, $").
write_string_as_latin1(S, Q) -> as_latin1(lists:flatten(io_lib:write_string(S, Q))).

write_latin1_char(C) when is_integer(C), C >= 0, C =< 255 -> io_lib:write_char(C).

write_unicode_char(C) -> io_lib:write_char(C).

write_char_as_latin1(C) when is_integer(C), C > 255 -> [$$ | as_latin1([C])];
write_char_as_latin1(C) -> io_lib:write_char(C).

write_atom_as_latin1(A) -> as_latin1(lists:flatten(io_lib:write_atom(A))).

%% Characters above 255 as \x{HEX}.
as_latin1([C | Cs]) when C > 255 -> "\\x{" ++ integer_to_list(C, 16) ++ "}" ++ as_latin1(Cs);
as_latin1([C | Cs]) -> [C | as_latin1(Cs)];
as_latin1([]) -> [].

%% ------------------------------------------------------------------ fread/3
%% The continuation form, for I/O servers: collect one line (up to a newline, or up to
%% eof), read it against the format, and ask for more lines while the format wants
%% more. The continuation is {Format, RevLine, Count, Results}.

fread([], Chars, Format) ->
    collect(Format, [], 0, [], Chars);
fread({Format, RevLine, N, Res}, Chars, _Format) ->
    collect(Format, RevLine, N, Res, Chars).

collect(Format, [$\r | Rev], N, Res, [$\n | More]) ->
    line(Format, lists:reverse(Rev), N, Res, More, "\r\n");
collect(Format, Rev, N, Res, [$\n | More]) ->
    line(Format, lists:reverse(Rev), N, Res, More, "\n");
collect(Format, Rev, N, Res, []) ->
    {more, {Format, Rev, N, Res}};
collect(Format, [$\r | Rev], N, Res, More) ->
    %% a lone CR ends the line too
    line(Format, lists:reverse(Rev), N, Res, More, "\r");
collect(Format, Rev, N, Res, [C | More]) ->
    collect(Format, [C | Rev], N, Res, More);
collect(Format, Rev, N, Res, eof) ->
    line(Format, lists:reverse(Rev), N, Res, eof, "").

line(Format, Line, N, Res, More, Newline) ->
    After = case More of eof -> []; _ -> More end,
    case fread(Format, Line, N, Res) of
        {ok, Results, []} ->
            {done, {ok, Results}, After};
        {ok, Results, Rest} ->
            %% the rest of the line stays input, with its newline
            {done, {ok, Results}, Rest ++ Newline ++ After};
        {more, Format1, N1, Res1} when More =:= eof ->
            line(Format1, eof, N1 + length(Newline), Res1, eof, "");
        {more, Format1, N1, Res1} ->
            collect(Format1, [], N1 + length(Newline), Res1, More);
        Other ->
            {done, Other, More}
    end.

%% ------------------------------------------------------------------ fread/2

fread(Format, Chars) ->
    fread(Format, Chars, 0, []).

%% fread(Format, Input, Count, RevResults)
fread([], Input, _N, Res) ->
    {ok, lists:reverse(Res), Input};
fread([$~ | Spec] = Format, Input, N, Res) ->
    {Rest, Width, Suppress, Uni} = field(Spec),
    directive(Rest, Width, Suppress, Uni, Input, N, Res, Format);
fread([C | Format], Input, N, Res) when ?WS(C) ->
    {Input1, N1} = skip_ws(Input, N),
    fread(Format, Input1, N1, Res);
fread([C | Format], [C | Input], N, Res) ->
    fread(Format, Input, N + 1, Res);
fread([_ | _], [_ | _], _N, _Res) ->
    failed(input);
fread([_ | _] = Format, [], N, Res) ->
    {more, Format, N, Res};
fread([_ | _], eof, 0, []) ->
    eof;
fread([_ | _], eof, _N, _Res) ->
    failed(input).

%% ~[*][Width][t]: what follows, the width (none or an integer), suppressed, unicode.
field([$* | Spec]) -> field(Spec, none, true);
field(Spec) -> field(Spec, none, false).

field([D | Spec], W, Sup) when D >= $0, D =< $9 ->
    field(Spec, case W of none -> D - $0; _ -> W * 10 + D - $0 end, Sup);
field([$t | Spec], W, Sup) -> {Spec, W, Sup, true};
field(Spec, W, Sup) -> {Spec, W, Sup, false}.

%% ~l needs no input; every other field does.
directive([$l | Format], _W, Sup, _U, Input, N, Res, _All) ->
    fread(Format, Input, N, push(Sup, N, Res));
directive(_Format, _W, _Sup, _U, [], N, Res, All) ->
    {more, All, N, Res};
directive(_Format, _W, _Sup, _U, eof, 0, [], _All) ->
    eof;
directive(_Format, _W, _Sup, _U, eof, _N, _Res, _All) ->
    failed(input);
directive([C | Format], W, Sup, U, Input, N, Res, _All) ->
    read_field(C, Format, W, Sup, U, Input, N, Res);
directive([], _W, _Sup, _U, _Input, _N, _Res, _All) ->
    failed(format).

read_field($d, Format, none, Sup, false, Input, N, Res) ->
    {Input1, N1} = skip_ws(Input, N),
    {Cs, Input2, N2} = signed_digits(Input1, N1),
    convert(fun(S) -> list_to_integer(S) end, integer, Cs, Format, Input2, N2, Sup, Res);
read_field($d, Format, W, Sup, false, Input, N, Res) ->
    fixed(fun(S) -> list_to_integer(S) end, integer, W, Format, Input, N, Sup, Res);
read_field($u, Format, none, Sup, false, Input, N, Res) ->
    {Cs, Input1, N1} = base_digits(Input, N, 10, []),
    convert(fun(S) -> list_to_integer(S, 10) end, unsigned, Cs, Format, Input1, N1, Sup, Res);
read_field($u, Format, Base, Sup, false, Input, N, Res) when Base >= 2, Base =< 36 ->
    {Cs, Input1, N1} = base_digits(Input, N, Base, []),
    convert(fun(S) -> list_to_integer(S, Base) end, unsigned, Cs, Format, Input1, N1, Sup, Res);
read_field($-, Format, _W, Sup, false, [$- | Input], N, Res) ->
    fread(Format, Input, N + 1, push(Sup, -1, Res));
read_field($-, Format, _W, Sup, false, [$+ | Input], N, Res) ->
    fread(Format, Input, N + 1, push(Sup, 1, Res));
read_field($-, Format, _W, Sup, false, Input, N, Res) ->
    fread(Format, Input, N, push(Sup, 1, Res));
read_field($#, Format, W, Sup, false, Input, N, Res) ->
    based(Format, W, Sup, Input, N, Res);
read_field($f, Format, none, Sup, false, Input, N, Res) ->
    {Input1, N1} = skip_ws(Input, N),
    {Cs, Input2, N2} = float_chars(Input1, N1),
    convert(fun(S) -> list_to_float(S) end, float, Cs, Format, Input2, N2, Sup, Res);
read_field($f, Format, W, Sup, false, Input, N, Res) ->
    fixed(fun(S) -> list_to_float(S) end, float, W, Format, Input, N, Sup, Res);
read_field($s, Format, W, Sup, U, Input, N, Res) ->
    word(fun(S) -> S end, string, W, U, Format, Input, N, Sup, Res);
read_field($a, Format, none, Sup, U, Input, N, Res) ->
    word(fun(S) -> list_to_atom(S) end, atom, none, U, Format, Input, N, Sup, Res);
read_field($a, Format, W, Sup, false, Input, N, Res) ->
    word(fun(S) -> list_to_atom(S) end, atom, W, false, Format, Input, N, Sup, Res);
read_field($c, Format, W, Sup, U, Input, N, Res) ->
    Count = case W of none -> 1; _ -> W end,
    case take(Count, Input, U) of
        error -> failed(character);
        {Cs, Input1} -> fread(Format, Input1, N + Count, push(Sup, Cs, Res))
    end;
read_field($~, Format, _W, _Sup, _U, [$~ | Input], N, Res) ->
    fread(Format, Input, N + 1, Res);
read_field(_C, _Format, _W, _Sup, _U, _Input, _N, _Res) ->
    failed(format).

%% A field of exactly W characters (not across a newline), whitespace trimmed.
fixed(Conv, What, W, Format, Input, N, Sup, Res) ->
    case take(W, Input, false) of
        error -> failed(What);
        {Cs, Input1} -> convert(Conv, What, trim_leading(Cs), Format, Input1, N + W, Sup, Res)
    end.

convert(Conv, What, Cs, Format, Input, N, Sup, Res) ->
    try Conv(trim_leading(Cs)) of
        V -> fread(Format, Input, N, push(Sup, V, Res))
    catch
        error:_ -> failed(What)
    end.

%% ~s and ~a: after whitespace, the characters up to the next whitespace (latin1 ones
%% only, without t); with a width, exactly that many. Trimmed at both ends.
word(Conv, What, none, U, Format, Input, N, Sup, Res) ->
    {Input1, N1} = skip_ws(Input, N),
    case nonwhite(Input1, N1, U, []) of
        {error, _, _} -> failed(What);
        {Cs, Input2, N2} -> fread(Format, Input2, N2, push(Sup, Conv(trim(Cs)), Res))
    end;
word(Conv, What, W, U, Format, Input, N, Sup, Res) ->
    case take(W, Input, U) of
        error -> failed(What);
        {Cs, Input1} -> fread(Format, Input1, N + W, push(Sup, Conv(trim(Cs)), Res))
    end.

nonwhite([C | _] = Input, N, _U, Acc) when ?WS(C) ->
    {lists:reverse(Acc), Input, N};
nonwhite([C | _] = Input, N, false, []) when C > 255 ->
    {error, Input, N};
nonwhite([C | _] = Input, N, false, Acc) when C > 255 ->
    {lists:reverse(Acc), Input, N};
nonwhite([C | Input], N, U, Acc) ->
    nonwhite(Input, N + 1, U, [C | Acc]);
nonwhite([], N, _U, Acc) ->
    {lists:reverse(Acc), [], N}.

%% Count characters, stopping with error at a newline (or a non-latin1 character
%% without t).
take(Count, Input, U) -> take(Count, Input, U, []).

take(0, Input, _U, Acc) -> {lists:reverse(Acc), Input};
take(_, [$\n | _], _U, _Acc) -> error;
take(K, [C | Input], true, Acc) -> take(K - 1, Input, true, [C | Acc]);
take(K, [C | Input], false, Acc) when C >= 0, C =< 255 -> take(K - 1, Input, false, [C | Acc]);
take(_, _, _, _) -> error.

%% ~#: Base#Digits with an optional sign before the base.
based(Format, none, Sup, Input, N, Res) ->
    {Input1, N1} = skip_ws(Input, N),
    {BaseCs, Input2, N2} = signed_digits(Input1, N1),
    case {Input2, catch list_to_integer(BaseCs)} of
        {[$# | Input3], B} when is_integer(B), abs(B) >= 2, abs(B) =< 36 ->
            {Cs, Input4, N4} = base_digits(Input3, N2 + 1, abs(B), []),
            Digits = case B < 0 of true -> [$- | Cs]; false -> Cs end,
            case catch list_to_integer(Digits, abs(B)) of
                I when is_integer(I) -> fread(Format, Input4, N4, push(Sup, I, Res));
                _ -> failed(based)
            end;
        _ ->
            failed(based)
    end;
based(Format, W, Sup, Input, N, Res) ->
    case take(W, Input, false) of
        error ->
            failed(based);
        {Field, Input1} ->
            case based_field(trim_leading(Field)) of
                {ok, I} -> fread(Format, Input1, N + W, push(Sup, I, Res));
                error -> failed(based)
            end
    end.

based_field(Field) ->
    {BaseCs, Rest, _} = signed_digits(Field, 0),
    case {Rest, catch list_to_integer(BaseCs)} of
        {[$# | Digits], B} when is_integer(B), B >= 2, B =< 36 ->
            case catch list_to_integer(Digits, B) of
                I when is_integer(I) -> {ok, I};
                _ -> error
            end;
        _ ->
            error
    end.

signed_digits([S | Input], N) when S =:= $+; S =:= $- ->
    {Ds, Input1, N1} = digits(Input, N + 1, []),
    {[S | Ds], Input1, N1};
signed_digits(Input, N) ->
    digits(Input, N, []).

digits([C | Input], N, Acc) when C >= $0, C =< $9 -> digits(Input, N + 1, [C | Acc]);
digits(Input, N, Acc) -> {lists:reverse(Acc), Input, N}.

%% Decimal digits, and letters below the base (checked again by list_to_integer).
base_digits([C | Input], N, B, Acc) when C >= $0, C =< $9 ->
    base_digits(Input, N + 1, B, [C | Acc]);
base_digits([C | Input], N, B, Acc) when C >= $A, C < $A + B - 10 ->
    base_digits(Input, N + 1, B, [C | Acc]);
base_digits([C | Input], N, B, Acc) when C >= $a, C < $a + B - 10 ->
    base_digits(Input, N + 1, B, [C | Acc]);
base_digits(Input, N, _B, Acc) ->
    {lists:reverse(Acc), Input, N}.

%% [sign] digits [. digits [e|E [sign] digits]]
float_chars(Input, N) ->
    {Int, Input1, N1} = signed_digits(Input, N),
    case Input1 of
        [$. | Input2] ->
            {Frac, Input3, N3} = digits(Input2, N1 + 1, []),
            case Input3 of
                [E | Input4] when E =:= $e; E =:= $E ->
                    {Exp, Input5, N5} = signed_digits(Input4, N3 + 1),
                    {Int ++ "." ++ Frac ++ [E | Exp], Input5, N5};
                _ ->
                    {Int ++ "." ++ Frac, Input3, N3}
            end;
        _ ->
            {Int, Input1, N1}
    end.

skip_ws([C | Input], N) when ?WS(C) -> skip_ws(Input, N + 1);
skip_ws(Input, N) -> {Input, N}.

trim_leading([C | Cs]) when ?WS(C) -> trim_leading(Cs);
trim_leading(Cs) -> Cs.

trim(Cs) -> lists:reverse(trim_leading(lists:reverse(trim_leading(Cs)))).

push(true, _V, Res) -> Res;
push(false, V, Res) -> [V | Res].

failed(What) -> {error, {fread, What}}.

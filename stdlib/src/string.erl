%% string: the commonly used part of OTP's string module, erlts's own implementation.
%%
%% Modern functions (trim, split, lexemes, find, replace, pad, slice, ...) take
%% chardata: a code-point list, a UTF-8 binary, or a deep mix. Here the input is
%% flattened to a code-point list, worked on, and handed back as a binary when the input
%% was a binary and as a flat list otherwise. For flat lists and binaries that is what
%% OTP returns; for deep mixed chardata OTP may keep parts of the input's structure
%% (printed differently, equal as text).
%%
%% Grapheme clusters are approximated by code points: right for ASCII/Latin-1 text
%% without combining marks, except that OTP counts "\r\n" as one grapheme.
%% Case mapping (uppercase/lowercase/titlecase/casefold) is native, over all of Unicode:
%% runtime/bifs/string-case.ts; the Latin-1 up/low below serve the obsolete to_upper/to_lower.
%%
%% The obsolete list-only API (tokens, join, chars, copies, str, substr, left, right,
%% centre, strip, sub_string, words, to_upper/to_lower) is here too, as programs still
%% use it.
-module(string).
-compile({no_auto_import, [length/1, list_to_integer/1, list_to_float/1]}).

-export([is_empty/1, length/1, equal/2, reverse/1, slice/2, slice/3,
         pad/2, pad/3, pad/4, trim/1, trim/2, trim/3, chomp/1,
         split/2, split/3, lexemes/2, find/2, find/3, replace/3, replace/4,
         prefix/2, uppercase/1, lowercase/1, titlecase/1, casefold/1,
         to_integer/1, to_float/1, next_codepoint/1, next_grapheme/1,
         to_graphemes/1, equal/3, equal/4, take/2, take/3, take/4, nth_lexeme/3]).
-export([to_upper/1, to_lower/1, tokens/2, join/2, chars/2, chars/3, copies/2,
         str/2, rstr/2, substr/2, substr/3, left/2, left/3, right/2, right/3,
         centre/2, centre/3, strip/1, strip/2, strip/3, sub_string/2, sub_string/3,
         words/1, words/2, span/2, cspan/2, len/1, concat/2, chr/2, rchr/2,
         sub_word/2, sub_word/3, list_to_integer/1, list_to_float/1]).

-define(WS, [$\s, $\t, $\n, $\r, $\v, $\f, 16#85, 16#200E, 16#200F, 16#2028, 16#2029]).
%% The whitespace trim/1,2 remove, as grapheme clusters (unicode_util:whitespace/0).
-define(WS_GC, [[$\r, $\n] | ?WS]).

%% ---------------------------------------------------------------- chardata

%% Chardata as a flat list of code points.
cps(B) when is_binary(B) -> [C || <<C/utf8>> <= B];
cps(L) when is_list(L) -> flat(L, []).

flat([H | T], Tail) when is_integer(H) -> [H | flat(T, Tail)];
flat([H | T], Tail) when is_binary(H) -> cps(H) ++ flat(T, Tail);
flat([H | T], Tail) when is_list(H) -> flat(H, flat(T, Tail));
flat([], Tail) -> Tail;
flat(B, Tail) when is_binary(B) -> cps(B) ++ Tail.

%% Code points back in the input's kind.
back(Orig, Cs) when is_binary(Orig) -> << <<C/utf8>> || C <- Cs >>;
back(_, Cs) -> Cs.

%% ------------------------------------------------------------ modern API

is_empty(S) -> cps(S) =:= [].

%% Graphemes, as OTP counts them: CR LF is one, a base with its combining marks one.
length(S) -> gc_count(cps(S), 0).

gc_count([$\r, $\n | T], N) -> gc_count(T, N + 1);
gc_count([_ | T], N) -> gc_count(skip_marks(T), N + 1);
gc_count([], N) -> N.

skip_marks([M | T] = Cs) ->
    case is_mark(M) of
        true -> skip_marks(T);
        false -> Cs
    end;
skip_marks([]) -> [].

equal(A, B) -> cps(A) =:= cps(B).

equal(A, B, false) -> equal(A, B);
equal(A, B, true) -> casefold(cps(A)) =:= casefold(cps(B)).

equal(A, B, IgnoreCase, none) -> equal(A, B, IgnoreCase);
equal(A, B, IgnoreCase, Norm) when Norm =:= nfc; Norm =:= nfd; Norm =:= nfkc; Norm =:= nfkd ->
    equal(normal(A, Norm), normal(B, Norm), IgnoreCase).

normal(S, nfc) -> unicode:characters_to_nfc_list(S);
normal(S, nfd) -> unicode:characters_to_nfd_list(S);
normal(S, nfkc) -> unicode:characters_to_nfkc_list(S);
normal(S, nfkd) -> unicode:characters_to_nfkd_list(S).

%% Graphemes as next_grapheme/1 finds them: a code point, or a list for a cluster.
to_graphemes(S) ->
    case next_grapheme(S) of
        [G | Rest] -> [G | to_graphemes(Rest)];
        [] -> []
    end.

%% {Leading, Trailing}: the longest run at the start (or, with trailing, at the end)
%% of characters in Chars -- or, with Complement, of characters not in Chars.
take(S, Chars) -> take(S, Chars, false, leading).
take(S, Chars, Complement) -> take(S, Chars, Complement, leading).
take(S, Chars, Complement, leading) ->
    Set = cps(Chars),
    {Run, Rest} = lists:splitwith(fun(C) -> lists:member(C, Set) =/= Complement end, cps(S)),
    {back(S, Run), back(S, Rest)};
take(S, Chars, Complement, trailing) ->
    Set = cps(Chars),
    {RevRun, RevRest} = lists:splitwith(fun(C) -> lists:member(C, Set) =/= Complement end,
                                        lists:reverse(cps(S))),
    {back(S, lists:reverse(RevRest)), back(S, lists:reverse(RevRun))}.

%% The Nth lexeme (1-based) of lexemes/2, or an empty string past the last one.
nth_lexeme(S, N, Seps) when is_integer(N), N > 0 ->
    Ls = lexemes(S, Seps),
    case lists:nthtail(min(N - 1, erlang:length(Ls)), Ls) of
        [L | _] -> L;
        [] -> back(S, [])
    end.

reverse(S) -> lists:reverse(cps(S)).

slice(S, Start) when is_integer(Start), Start >= 0 ->
    back(S, drop(Start, cps(S))).

slice(S, Start, infinity) -> slice(S, Start);
slice(S, Start, Len) when is_integer(Start), Start >= 0, is_integer(Len), Len >= 0 ->
    back(S, take_n(Len, drop(Start, cps(S)))).

drop(0, L) -> L;
drop(_, []) -> [];
drop(N, [_ | T]) -> drop(N - 1, T).

take_n(0, _) -> [];
take_n(_, []) -> [];
take_n(N, [H | T]) -> [H | take_n(N - 1, T)].

pad(S, Len) -> pad(S, Len, trailing, $\s).
pad(S, Len, Dir) -> pad(S, Len, Dir, $\s).
pad(S, Len, Dir, Char) when is_integer(Len) ->
    case Len - string:length(S) of
        N when N =< 0 -> [S];
        N -> pad_1(S, N, Dir, Char)
    end.

pad_1(S, N, trailing, Char) -> [S | lists:duplicate(N, Char)];
pad_1(S, N, leading, Char) -> [lists:duplicate(N, Char), S];
pad_1(S, N, both, Char) ->
    Pre = lists:duplicate(N div 2, Char),
    Post = case N rem 2 of
               1 -> [Char];
               0 -> []
           end,
    [Pre, S, Pre | Post].

trim(S) -> trim(S, both, ?WS_GC).
trim(S, Dir) -> trim(S, Dir, ?WS_GC).
trim(S, Dir, Chars) when Dir =:= leading; Dir =:= trailing; Dir =:= both ->
    Set = [separator(C) || C <- Chars],
    back(S, trim_dir(Dir, cps(S), Set)).

%% A separator is a grapheme cluster: a code point, or a list of them ("\r\n"), and
%% a grapheme of the string is trimmed when it equals one (so "\r\n", one grapheme,
%% is not trimmed by the separators $\r and $\n).
separator(C) when is_integer(C) -> C;
separator(Cs) ->
    case cps(Cs) of
        [C] -> C;
        Cps -> Cps
    end.

trim_dir(leading, Cs, Set) -> trim_lead(Cs, Set);
trim_dir(trailing, Cs, Set) -> trim_trail(Cs, Set);
trim_dir(both, Cs, Set) -> trim_trail(trim_lead(Cs, Set), Set).

trim_lead(Cs, Set) ->
    case next_grapheme(Cs) of
        [G | Rest] ->
            case lists:member(G, Set) of
                true -> trim_lead(Rest, Set);
                false -> Cs
            end;
        [] -> []
    end.

trim_trail(Cs, Set) ->
    Kept = lists:reverse(drop_members(lists:reverse(to_graphemes(Cs)), Set)),
    lists:append([gc_cps(G) || G <- Kept]).

drop_members([G | Gs] = All, Set) ->
    case lists:member(G, Set) of
        true -> drop_members(Gs, Set);
        false -> All
    end;
drop_members([], _) -> [].

gc_cps(G) when is_integer(G) -> [G];
gc_cps(G) -> G.

chomp(S) ->
    Cs = cps(S),
    back(S, case lists:reverse(Cs) of
                [$\n, $\r | R] -> lists:reverse(R);
                [$\n | R] -> lists:reverse(R);
                _ -> Cs
            end).

split(S, Sep) -> split(S, Sep, leading).

split(S, Sep, Where) ->
    Parts = case flat(Sep, []) of
                [] -> [cps(S)];
                Pat -> split_cps(cps(S), Pat, Where)
            end,
    [back(S, P) || P <- Parts].

split_cps(Cs, Pat, leading) ->
    case search(Cs, Pat, []) of
        {Before, After} -> [Before, After];
        nomatch -> [Cs]
    end;
split_cps(Cs, Pat, trailing) ->
    RPat = lists:reverse(Pat),
    case search(lists:reverse(Cs), RPat, []) of
        {RAfter, RBefore} -> [lists:reverse(RBefore), lists:reverse(RAfter)];
        nomatch -> [Cs]
    end;
split_cps(Cs, Pat, all) ->
    case search(Cs, Pat, []) of
        {Before, After} -> [Before | split_cps(After, Pat, all)];
        nomatch -> [Cs]
    end.

%% The text before the first occurrence of Pat and the text after it.
search(Cs, Pat, Acc) ->
    case lists:prefix(Pat, Cs) of
        true -> {lists:reverse(Acc), lists:nthtail(erlang:length(Pat), Cs)};
        false ->
            case Cs of
                [C | T] -> search(T, Pat, [C | Acc]);
                [] -> nomatch
            end
    end.

lexemes(S, Seps) ->
    Set = flat(Seps, []),
    [back(S, L) || L <- lexemes_1(cps(S), Set, [], [])].

lexemes_1([C | T], Set, Cur, Acc) ->
    case lists:member(C, Set) of
        true -> lexemes_1(T, Set, [], push(Cur, Acc));
        false -> lexemes_1(T, Set, [C | Cur], Acc)
    end;
lexemes_1([], _, Cur, Acc) ->
    lists:reverse(push(Cur, Acc)).

push([], Acc) -> Acc;
push(Cur, Acc) -> [lists:reverse(Cur) | Acc].

find(S, Pat) -> find(S, Pat, leading).

find(S, Pat, Dir) ->
    case flat(Pat, []) of
        [] -> S;
        P -> find_1(S, cps(S), P, Dir)
    end.

find_1(S, Cs, P, leading) ->
    case search(Cs, P, []) of
        {Before, _} -> back(S, drop(erlang:length(Before), Cs));
        nomatch -> nomatch
    end;
find_1(S, Cs, P, trailing) ->
    case search(lists:reverse(Cs), lists:reverse(P), []) of
        {RAfter, _} -> back(S, lists:reverse(take_n(erlang:length(RAfter) + erlang:length(P), lists:reverse(Cs))));
        nomatch -> nomatch
    end.

replace(S, Pat, Rep) -> replace(S, Pat, Rep, leading).

replace(S, Pat, Rep, Where) -> lists:join(Rep, split(S, Pat, Where)).

prefix(S, Pre) ->
    P = flat(Pre, []),
    Cs = cps(S),
    case lists:prefix(P, Cs) of
        true -> back(S, drop(erlang:length(P), Cs));
        false -> nomatch
    end.

uppercase(S) -> back(S, [up(C) || C <- cps(S)]).

lowercase(S) -> back(S, [low(C) || C <- cps(S)]).

casefold(S) -> lowercase(S).

titlecase(S) ->
    case cps(S) of
        [C | T] -> back(S, [up(C) | T]);
        [] -> S
    end.

up(C) when C >= $a, C =< $z -> C - 32;
up(C) when C >= 16#E0, C =< 16#FE, C =/= 16#F7 -> C - 32;
up(C) -> C.

low(C) when C >= $A, C =< $Z -> C + 32;
low(C) when C >= 16#C0, C =< 16#DE, C =/= 16#D7 -> C + 32;
low(C) -> C.

%% [CodePoint | Rest], [] at the end, {error, Rest} on bad UTF-8. Rest keeps the
%% input's structure (a binary stays a binary).
next_codepoint([]) -> [];
next_codepoint(<<>>) -> [];
next_codepoint(<<C/utf8, R/binary>>) -> [C | R];
next_codepoint(<<_/binary>> = B) -> {error, B};
next_codepoint([C | T]) when is_integer(C) -> [C | T];
next_codepoint([H | T]) ->
    case next_codepoint(H) of
        [] -> next_codepoint(T);
        [C | R] when R =:= []; R =:= <<>> -> [C | T];
        [C | R] -> [C, R | T];
        {error, E} -> {error, [E | T]}
    end.

%% Like next_codepoint, with a code point and the combining marks after it as one
%% grapheme cluster ([C1, C2, ...] when there are marks), and CR LF as one.
next_grapheme(S) ->
    case next_codepoint(S) of
        [$\r | R] ->
            case next_codepoint(R) of
                [$\n | R2] -> [[$\r, $\n] | R2];
                _ -> [$\r | R]
            end;
        [C | R] -> grapheme_marks([C], R);
        Other -> Other
    end.

grapheme_marks(Acc, R) ->
    case next_codepoint(R) of
        [M | R2] when is_integer(M) ->
            case is_mark(M) of
                true -> grapheme_marks([M | Acc], R2);
                false -> grapheme_done(Acc, R)
            end;
        _ -> grapheme_done(Acc, R)
    end.

grapheme_done([C], R) -> [C | R];
grapheme_done(Acc, R) -> [lists:reverse(Acc) | R].

is_mark(C) ->
    (C >= 16#300 andalso C =< 16#36F) orelse (C >= 16#1AB0 andalso C =< 16#1AFF) orelse
    (C >= 16#1DC0 andalso C =< 16#1DFF) orelse (C >= 16#20D0 andalso C =< 16#20FF) orelse
    (C >= 16#FE20 andalso C =< 16#FE2F) orelse (C >= 16#FE00 andalso C =< 16#FE0F) orelse
    C =:= 16#200D.

to_integer(S) ->
    Cs = cps(S),
    {Sign, Rest} = sign(Cs),
    case digits(Rest, []) of
        {[], _} -> {error, no_integer};
        {Ds, After} -> {erlang:list_to_integer(Sign ++ Ds), back(S, After)}
    end.

to_float(S) ->
    Cs = cps(S),
    {Sign, R0} = sign(Cs),
    case digits(R0, []) of
        {[_ | _] = Int, [$. | R1]} ->
            case digits(R1, []) of
                {[_ | _] = Frac, R2} ->
                    {Exp, R3} = exponent(R2),
                    {erlang:list_to_float(Sign ++ Int ++ "." ++ Frac ++ Exp), back(S, R3)};
                _ -> {error, no_float}
            end;
        _ -> {error, no_float}
    end.

sign([$- | T]) -> {"-", T};
sign([$+ | T]) -> {"+", T};
sign(T) -> {"", T}.

digits([C | T], Acc) when C >= $0, C =< $9 -> digits(T, [C | Acc]);
digits(T, Acc) -> {lists:reverse(Acc), T}.

exponent([E | T] = Cs) when E =:= $e; E =:= $E ->
    {Sign, R} = sign(T),
    case digits(R, []) of
        {[], _} -> {"", Cs};
        {Ds, R2} -> {"e" ++ Sign ++ Ds, R2}
    end;
exponent(Cs) -> {"", Cs}.

%% ------------------------------------------------------------ obsolete API

to_upper(S) when is_list(S) -> [up(C) || C <- S];
to_upper(C) when is_integer(C) -> up(C).

to_lower(S) when is_list(S) -> [low(C) || C <- S];
to_lower(C) when is_integer(C) -> low(C).

len(S) -> erlang:length(S).

concat(A, B) -> A ++ B.

chr(S, C) -> chr_1(S, C, 1).
chr_1([C | _], C, I) -> I;
chr_1([_ | T], C, I) -> chr_1(T, C, I + 1);
chr_1([], _, _) -> 0.

rchr(S, C) -> rchr_1(S, C, 1, 0).
rchr_1([C | T], C, I, _) -> rchr_1(T, C, I + 1, I);
rchr_1([_ | T], C, I, L) -> rchr_1(T, C, I + 1, L);
rchr_1([], _, _, L) -> L.

str(S, Sub) -> str_1(S, Sub, 1).
str_1([_ | T] = S, Sub, I) ->
    case lists:prefix(Sub, S) of
        true -> I;
        false -> str_1(T, Sub, I + 1)
    end;
str_1([], _, _) -> 0.

rstr(S, Sub) -> rstr_1(S, Sub, 1, 0).
rstr_1([_ | T] = S, Sub, I, L) ->
    case lists:prefix(Sub, S) of
        true -> rstr_1(T, Sub, I + 1, I);
        false -> rstr_1(T, Sub, I + 1, L)
    end;
rstr_1([], _, _, L) -> L.

span(S, Cs) -> span_1(S, Cs, 0).
span_1([C | T], Cs, N) ->
    case lists:member(C, Cs) of
        true -> span_1(T, Cs, N + 1);
        false -> N
    end;
span_1([], _, N) -> N.

cspan(S, Cs) -> cspan_1(S, Cs, 0).
cspan_1([C | T], Cs, N) ->
    case lists:member(C, Cs) of
        true -> N;
        false -> cspan_1(T, Cs, N + 1)
    end;
cspan_1([], _, N) -> N.

substr(S, Start) when is_integer(Start), Start >= 1 -> lists:nthtail(Start - 1, S).
substr(S, Start, Len) when is_integer(Start), Start >= 1, is_integer(Len), Len >= 0 ->
    lists:sublist(lists:nthtail(Start - 1, S), Len).

%% The Nth word of a flat string, words separated by runs of Char.
sub_word(S, N) -> sub_word(S, N, $\s).
sub_word(S, N, Char) when is_integer(N), N > 0, is_integer(Char) ->
    Ws = tokens(S, [Char]),
    case lists:nthtail(min(N - 1, erlang:length(Ws)), Ws) of
        [W | _] -> W;
        [] -> []
    end.

%% The obsolete conversions: list input only.
list_to_integer(S) when is_list(S) ->
    try to_integer(S) catch error:_ -> {error, not_a_list} end;
list_to_integer(_) -> {error, not_a_list}.

list_to_float(S) when is_list(S) ->
    try to_float(S) catch error:_ -> {error, not_a_list} end;
list_to_float(_) -> {error, not_a_list}.

sub_string(S, Start) -> substr(S, Start).
sub_string(S, Start, Stop) -> substr(S, Start, Stop - Start + 1).

tokens(S, Seps) -> tokens_1(S, Seps, [], []).
tokens_1([C | T], Seps, Cur, Acc) ->
    case lists:member(C, Seps) of
        true -> tokens_1(T, Seps, [], push(Cur, Acc));
        false -> tokens_1(T, Seps, [C | Cur], Acc)
    end;
tokens_1([], _, Cur, Acc) -> lists:reverse(push(Cur, Acc)).

words(S) -> words(S, $\s).
words(S, Sep) when is_integer(Sep) -> erlang:length(tokens(S, [Sep])).

join([], _) -> [];
join([H], _) -> H;
join([H | T], Sep) -> H ++ lists:append([Sep ++ X || X <- T]).

chars(C, N) -> chars(C, N, []).
chars(C, N, Tail) when is_integer(N), N >= 0 -> lists:duplicate(N, C) ++ Tail.

copies(S, N) when is_list(S), is_integer(N), N >= 0 -> lists:append(lists:duplicate(N, S)).

strip(S) -> strip(S, both).
strip(S, Dir) -> strip(S, Dir, $\s).
strip(S, left, C) -> strip_left(S, C);
strip(S, right, C) -> lists:reverse(strip_left(lists:reverse(S), C));
strip(S, both, C) -> strip(strip_left(S, C), right, C).

strip_left([C | T], C) -> strip_left(T, C);
strip_left(S, _) -> S.

left(S, N) -> left(S, N, $\s).
left(S, N, C) ->
    L = erlang:length(S),
    if L > N -> lists:sublist(S, N);
       true -> S ++ lists:duplicate(N - L, C)
    end.

right(S, N) -> right(S, N, $\s).
right(S, N, C) ->
    L = erlang:length(S),
    if L > N -> lists:nthtail(L - N, S);
       true -> lists:duplicate(N - L, C) ++ S
    end.

centre(S, N) -> centre(S, N, $\s).
centre(S, 0, _) when is_list(S) -> [];
centre(S, N, C) ->
    L = erlang:length(S),
    if L > N -> lists:sublist(lists:nthtail((L - N) div 2, S), N);
       true ->
           Left = (N - L) div 2,
           lists:duplicate(Left, C) ++ S ++ lists:duplicate(N - L - Left, C)
    end.

#!/usr/bin/env escript
%% -*- erlang -*-
%% Erroneous forms made from OTP's sources, with erl_parse's verdict on each, for
%% test/parser/mutations.test.ts:
%%   escript mutations.escript OUT SEED PER_FORM FILE...
%% For each form epp reads from each FILE, PER_FORM copies of its tokens with one or two
%% random edits (a token deleted, inserted, replaced, or two swapped; the final dot kept)
%% are given to erl_parse:parse_form/1. For each, OUT gets a line "F", one line per token
%% "Category Line Col Value Text Generated" (values as ~w writes them, names as code
%% point lists), then the verdict: "E Form" (the form as ~w writes it) or
%% "X Line Col Message".
main([Out, SeedS, PerFormS | Files]) ->
    rand:seed(exsss, {list_to_integer(SeedS), 7, 11}),
    PerForm = list_to_integer(PerFormS),
    Root = code:lib_dir(),
    Incs = filelib:wildcard(filename:join(Root, "*/src")) ++ filelib:wildcard(filename:join(Root, "*/include")),
    {ok, Fd} = file:open(Out, [write, {encoding, utf8}]),
    [forms(F, Incs, Fd, PerForm) || F <- Files],
    ok = file:close(Fd).

forms(F, Incs, Fd, PerForm) ->
    {ok, Epp} = epp:open([{name, F}, {includes, Incs}, {location, {1, 1}}]),
    loop(Epp, Fd, PerForm),
    epp:close(Epp).

loop(Epp, Fd, PerForm) ->
    case epp:scan_erl_form(Epp) of
        {ok, Toks} when length(Toks) > 2 ->
            [emit(Fd, case rand:uniform(3) of 1 -> mutate(mutate(Toks)); _ -> mutate(Toks) end)
             || _ <- lists:seq(1, PerForm)],
            loop(Epp, Fd, PerForm);
        {eof, _} -> ok;
        _ -> loop(Epp, Fd, PerForm)
    end.

%% A token to insert or to replace another with, at anno A.
vocab(A) ->
    Syms = ['(', ')', '[', ']', '{', '}', ',', ';', '->', '=', '#', '.', ':', '::', '|', '||', '<-',
            '<<', '>>', '+', '-', '*', '/', '==', '=<', '=>', ':=', '!', '...', '..', '?=', '++', '<='],
    Kws = ['end', 'fun', 'case', 'of', 'when', 'catch', 'try', 'after', 'begin', 'receive', 'if',
           'andalso', 'orelse', 'not', 'bnot', 'div', 'band'],
    Pick = rand:uniform(8),
    if Pick =< 4 -> {lists:nth(rand:uniform(length(Syms)), Syms), A};
       Pick =< 6 -> {lists:nth(rand:uniform(length(Kws)), Kws), A};
       true ->
           lists:nth(rand:uniform(7), [{atom, A, foo}, {var, A, 'X'}, {integer, A, 1}, {string, A, "s"},
                                       {char, A, $a}, {float, A, 1.5}, {dot, A}])
    end.

mutate(Toks) ->
    N = length(Toks) - 1,
    I = rand:uniform(N),
    {Pre, [T | Post]} = lists:split(I - 1, Toks),
    A = element(2, T),
    %% A new token gets T's position only (not its text, which belongs to T).
    New = vocab(erl_anno:new(erl_anno:location(A))),
    case rand:uniform(4) of
        1 -> Pre ++ Post;
        2 -> Pre ++ [New, T | Post];
        3 -> Pre ++ [New | Post];
        4 -> case Post of
                 %% Two tokens change places (keeping the positions in order); a
                 %% position carrying text stays with its token (the text is what
                 %% erl_parse names in an error).
                 [U | Post2] when I < N, is_tuple(A), is_tuple(element(2, U)) ->
                     Pre ++ [setelement(2, U, A), setelement(2, T, element(2, U)) | Post2];
                 _ -> Pre ++ Post
             end
    end.

emit(Fd, Toks) ->
    io:format(Fd, "F~n", []),
    [tok(Fd, T) || T <- Toks],
    case catch erl_parse:parse_form(Toks) of
        {ok, Form} -> io:format(Fd, "E ~w~n", [Form]);
        {error, {Loc, Mod, Msg}} ->
            {L, C} = case Loc of {L0, C0} -> {L0, C0}; L0 -> {L0, 0} end,
            io:format(Fd, "X ~w ~w ~w~n", [L, C, unicode:characters_to_list(Mod:format_error(Msg))]);
        _Crash -> io:format(Fd, "C~n", [])
    end.

tok(Fd, T) ->
    Cat = element(1, T),
    {L, C} = case erl_anno:location(element(2, T)) of {L0, C0} -> {L0, C0}; L0 -> {L0, 0} end,
    V = case T of
            {atom, _, At} -> atom_to_list(At);
            {var, _, At} -> atom_to_list(At);
            {string, _, S} -> S;
            {char, _, Ch} -> Ch;
            {integer, _, I} -> I;
            {float, _, Fl} -> Fl;
            _ -> none
        end,
    Txt = case erl_scan:text(T) of undefined -> none; Tx -> Tx end,
    io:format(Fd, "~w ~w ~w ~w ~w ~w~n", [Cat, L, C, V, Txt, erl_anno:generated(element(2, T))]).

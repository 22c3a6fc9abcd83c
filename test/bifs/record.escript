#!/usr/bin/env escript
%% -*- erlang -*-
%%! +A0
%%
%% Records what real Erlang/OTP 25 answers for the BIF calls in cases.txt (and a few
%% generated families below), for test/bifs/bifs.test.ts. Never edit the output by hand:
%% rerun
%%
%%   escript test/bifs/record.escript test/bifs/cases.txt test/bifs/fixtures/bifs.json
%%
%% Each line of cases.txt is one Erlang expression that is a call of a BIF: `f(A, ...)`
%% (module erlang), `m:f(A, ...)`, or an operator `A op B` / `op A` (erlang:op). The
%% arguments are evaluated here (so they may be any expression: `1 bsl 80`, `<<1:3>>`,
%% `self()`), then the BIF is applied to them. Lines starting with `%` are comments.
%%
%% Output (JSON, ASCII only): an array of
%%   [Expr, Module, Function, ArgsHex, Class, ResultHex]
%% where ArgsHex is term_to_binary of the argument list, Class is "ok" or the exception
%% class, and ResultHex is term_to_binary of the result or of the exception reason.
-mode(compile).

main([CasesFile, Out]) ->
    {ok, Bin} = file:read_file(CasesFile),
    Lines = [string:trim(L) || L <- string:split(unicode:characters_to_list(Bin), "\n", all)],
    Exprs = [L || L <- Lines, L =/= "", hd(L) =/= $%] ++ generated(),
    Records = [record(E) || E <- Exprs],
    ok = file:write_file(Out, ["[\n", join(Records, ",\n"), "\n]\n"]),
    io:format("~w cases~n", [length(Records)]).

record(Expr) ->
    {M, F, Args} = call_of(Expr),
    {Class, Res} =
        try apply(M, F, Args) of
            R -> {ok, R}
        catch
            C:Reason -> {C, Reason}
        end,
    ["[", jstr(Expr), ", ", jstr(atom_to_list(M)), ", ", jstr(atom_to_list(F)), ", \"",
     hex(term_to_binary(Args)), "\", \"", atom_to_list(Class), "\", \"",
     hex(term_to_binary(Res)), "\"]"].

call_of(Expr) ->
    {ok, Toks, _} = erl_scan:string(Expr ++ "."),
    {ok, [E]} = erl_parse:parse_exprs(Toks),
    case E of
        {call, _, {remote, _, {atom, _, M}, {atom, _, F}}, As} -> {M, F, [eval(A) || A <- As]};
        {call, _, {atom, _, F}, As} -> {erlang, F, [eval(A) || A <- As]};
        {op, _, Op, A, B} -> {erlang, Op, [eval(A), eval(B)]};
        {op, _, Op, A} -> {erlang, Op, [eval(A)]}
    end.

eval(A) ->
    {value, V, _} = erl_eval:expr(A, erl_eval:new_bindings()),
    V.

%% Families of cases generated from value pools.
generated() ->
    Floats = ["0.0", "-0.0", "1.0", "-1.0", "0.5", "1.5", "2.5", "-2.5", "0.1", "0.125",
              "3.14159", "123456.789", "1.0e10", "1.0e15", "1.0e16", "1.0e20", "1.0e21",
              "1.0e22", "9007199254740992.0", "9007199254740993.0e3", "1.0e100", "1.7976931348623157e308",
              "5.0e-324", "2.2250738585072014e-308", "1.0e-5", "1.0e-10", "0.000123",
              "123.456e-3", "99.995", "0.045", "1.005", "-123.456", "4.35", "1.0e-300",
              "6.02214076e23", "0.3", "2.0e-7", "1234567.0", "12345678901234567890.0"],
    Opts = ["[]", "[short]", "[compact]", "[{decimals, 0}]", "[{decimals, 1}]", "[{decimals, 2}]",
            "[{decimals, 4}, compact]", "[{decimals, 10}]", "[{decimals, 20}]", "[{decimals, 30}, compact]",
            "[{decimals, 60}]", "[{scientific, 0}]", "[{scientific, 3}]", "[{scientific, 10}]",
            "[{scientific, 25}]", "[{decimals, 3}, {scientific, 2}]", "[{scientific, 2}, {decimals, 3}]",
            "[short, {decimals, 2}]", "[{decimals, 2}, short]", "[compact, {scientific, 5}]"],
    [lists:flatten(["float_to_list(", F, ", ", O, ")"]) || F <- Floats, O <- Opts] ++
    [lists:flatten(["float_to_binary(", F, ", ", O, ")"]) || F <- Floats, O <- ["[short]", "[{decimals, 3}]", "[{decimals, 5}, compact]"]] ++
    [lists:flatten(["float_to_list(", F, ")"]) || F <- Floats] ++
    [lists:flatten(["float_to_binary(", F, ")"]) || F <- Floats] ++
    [lists:flatten(["math:", Fn, "(", X, ")"])
     || Fn <- ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh",
               "acosh", "atanh", "exp", "log", "log2", "log10", "sqrt", "erf", "erfc", "ceil",
               "floor"],
        X <- ["0", "0.0", "-0.0", "1", "-1", "0.5", "-0.5", "2", "2.5", "-2.5", "10", "100",
              "710", "1.0e300", "-1.0e300", "1 bsl 80", "1 bsl 1100", "a", "0.9999"]] ++
    [lists:flatten(["math:", Fn, "(", X, ", ", Y, ")"])
     || Fn <- ["pow", "atan2", "fmod"],
        X <- ["0", "0.0", "1", "-1", "2", "-2.5", "10.0", "1.0e300", "1 bsl 80", "a"],
        Y <- ["0", "-0.0", "1", "-1", "0.5", "3", "-3", "2.5", "1.0e300", "1 bsl 80", "x"]].

join([], _) -> [];
join([X], _) -> [X];
join([X | Xs], Sep) -> [X, Sep | join(Xs, Sep)].

hex(B) -> [hexdig(N) || <<N:4>> <= B].
hexdig(N) when N < 10 -> $0 + N;
hexdig(N) -> $a + N - 10.

%% A JSON string of an Erlang unicode string: ASCII out, everything else \u-escaped.
jstr(S) -> [$", [jchar(C) || C <- S], $"].
jchar($") -> "\\\"";
jchar($\\) -> "\\\\";
jchar(C) when C >= 32, C < 127 -> C;
jchar(C) when C > 16#FFFF ->
    C1 = C - 16#10000,
    [u4(16#D800 + (C1 bsr 10)), u4(16#DC00 + (C1 band 16#3FF))];
jchar(C) -> u4(C).
u4(N) -> io_lib:format("\\u~4.16.0b", [N]).

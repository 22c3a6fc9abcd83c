#!/usr/bin/env escript
%% -*- erlang -*-
%% Records OTP 25's answers for the native lists/maps functions (runtime/bifs/lists.ts
%% and maps.ts). Each line of the cases file is one call `m:f(Args...)` (a `%` line is a
%% comment); the output has one line per case:
%%   Expr <TAB> hex(term_to_binary(Args)) <TAB> Class <TAB> hex(term_to_binary(Result or Reason))
%% with Class `ok`, `error`, `exit` or `throw`. Run by record.sh.
-mode(compile).

main([CasesFile, Out]) ->
    {ok, Bin} = file:read_file(CasesFile),
    Lines = [L || L <- string:split(binary_to_list(Bin), "\n", all), L =/= "", hd(L) =/= $%],
    Recs = [record(L) || L <- Lines],
    ok = file:write_file(Out, Recs).

record(Expr) ->
    {ok, Toks, _} = erl_scan:string(Expr ++ "."),
    {ok, [{call, _, {remote, _, {atom, _, M}, {atom, _, F}}, As}]} = erl_parse:parse_exprs(Toks),
    Args = [begin {value, V, _} = erl_eval:expr(A, []), V end || A <- As],
    {Class, Res} = try apply(M, F, Args) of R -> {ok, R} catch C:Why -> {C, Why} end,
    [Expr, $\t, hex(term_to_binary(Args)), $\t, atom_to_list(Class), $\t, hex(term_to_binary(Res)), $\n].

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

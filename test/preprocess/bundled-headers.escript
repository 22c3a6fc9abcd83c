#!/usr/bin/env escript
%% -*- erlang -*-
%% Checks erlts's bundled headers (stdlib/lib/<app>/include/*.hrl) against OTP's, in
%% real Erlang/OTP 25, as test/preprocess/bundled.test.ts asks:
%%
%%  1. For each header and each combination of switches (NODEBUG, NOTEST, ...), the
%%     macros it defines (name and arity) and the other forms it contributes (records,
%%     -compile attributes) are the same as OTP's.
%%  2. uses_headers.erl (beside this script) is compiled once against OTP's headers
%%     and once against ours; every function of it is run with both builds and must
%%     give the same result (assertion failure terms included).
%%
%%   escript test/preprocess/bundled-headers.escript REPO_ROOT
%%
%% Prints one line per difference, then `ok` or `FAILED`.
-mode(compile).

main([Root]) ->
    Ours = filename:join(Root, "stdlib/lib"),
    Bad1 = compare_headers(Ours),
    Bad2 = compare_runs(Ours, filename:join([Root, "test", "preprocess", "bundled", "uses_headers.erl"])),
    case Bad1 ++ Bad2 of
        [] -> io:format(standard_error, "ok~n", []);
        Bad ->
            [io:format(standard_error, "~ts~n", [B]) || B <- Bad],
            io:format(standard_error, "FAILED~n", []),
            halt(1)
    end.

headers() ->
    [{eunit, "eunit.hrl"}, {stdlib, "assert.hrl"}, {kernel, "logger.hrl"},
     {kernel, "file.hrl"}, {stdlib, "ms_transform.hrl"}].

switches() ->
    [[], ['NODEBUG'], ['NODEBUG', 'DEBUG'], ['NOTEST'], ['NOTEST', 'TEST'], ['NOASSERT'],
     ['NOASSERT', 'ASSERT'], ['EUNIT_NOAUTO'], ['NODEBUG', 'NOTEST']].

compare_headers(Ours) ->
    [Msg || {App, Hrl} <- headers(),
            Sw <- switches(),
            Msg <- compare_header(App, Hrl, Sw, Ours)].

compare_header(App, Hrl, Sw, Ours) ->
    Otp = contents(filename:join([code:lib_dir(App), "include", Hrl]), Sw, []),
    Mine = contents(filename:join([Ours, atom_to_list(App), "include", Hrl]), Sw, [Ours]),
    case Otp =:= Mine of
        true -> [];
        false ->
            [io_lib:format("~s/~s with ~w: OTP ~p~n  erlts ~p", [App, Hrl, Sw, Otp -- Mine, Mine -- Otp])]
    end.

%% The macros (name/arity) and the forms (without locations) a header gives.
contents(File, Switches, Includes) ->
    {ok, Epp} = epp:open([{name, File}, {includes, Includes}, {macros, Switches}]),
    Forms = read_forms(Epp),
    Defs = epp:macro_defs(Epp),
    epp:close(Epp),
    Macros = [{Name, Arity} || {{atom, Name}, L} <- Defs, is_list(L), {Arity, _} <- L,
                               not lists:member(Name, ['FEATURE_AVAILABLE', 'FEATURE_ENABLED' | Switches]),
                               not lists:prefix("ERLTS_", atom_to_list(Name))],
    lists:sort(Macros) ++ [strip(F) || F <- Forms].

read_forms(Epp) ->
    case epp:parse_erl_form(Epp) of
        {ok, {attribute, _, file, _}} -> read_forms(Epp);
        {ok, F} -> [F | read_forms(Epp)];
        {eof, _} -> [];
        Other -> [Other | read_forms(Epp)]
    end.

strip(F) -> erl_parse:map_anno(fun(_) -> 0 end, F).

compare_runs(Ours, Src) ->
    Otp = run_all(Src, []),
    Mine = run_all(Src, [{i, Ours}]),
    [io_lib:format("~p: OTP ~p~n  erlts ~p", [C, A, B]) || {{C, A}, {C, B}} <- lists:zip(Otp, Mine), A =/= B].

%% Stack traces depend on how the code is laid out (fun names); they are not compared.
no_stacks([{M, F, A, L} | _] = S) when is_atom(M), is_atom(F), is_list(L), (is_integer(A) orelse is_list(A)) ->
    true = lists:all(fun(E) -> tuple_size(E) =:= 4 end, S),
    stacktrace;
no_stacks(L) when is_list(L) -> [no_stacks(X) || X <- L];
no_stacks(T) when is_tuple(T) -> list_to_tuple(no_stacks(tuple_to_list(T)));
no_stacks(X) -> X.

run_all(Src, Opts) ->
    {ok, Mod, Bin} = compile:file(Src, [binary, report | Opts]),
    code:purge(Mod),
    {module, Mod} = code:load_binary(Mod, Src, Bin),
    Results = [{C, no_stacks(Mod:run(C))} || C <- Mod:cases()],
    Exports = lists:sort(Mod:module_info(exports)),
    code:purge(Mod),
    code:delete(Mod),
    [{exports, Exports} | Results].

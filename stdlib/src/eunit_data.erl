%% eunit_data: EUnit's test representations, read one item at a time.
%%
%% A test set is a deep list of representations (funs, {M,F}, {Line, Fun},
%% {Title, Tests}, generators, fixtures, modules, ...). iter_next/1 returns the
%% next test or group and what is left; generators run when the reader gets to
%% them (a group looks at its first two items, to merge with a single one), as
%% in OTP, so their failures happen at run time. Errors are thrown as the terms
%% eunit_lib:format_error/2 prints.
%%
%% A failing generator prints its stack trace, and the reader's frames are in
%% it: iter_next/1, next/2, parse/2, group/1 and lookahead/2 are named as OTP's
%% and -file attributes put their call sites on the lines of OTP 25's
%% eunit_data.erl (134, 174, 241, 485, 486, 532).
-module(eunit_data).
-export([iter_next/1, enter_context/3]).

-include("eunit_records.hrl").

-define(DEFAULT_SETUP_PROCESS, spawn).

-file("eunit_data.erl", 131).
%% {Item, Rest} | none
iter_next(Tests) ->
    case next(Tests, []) of
        {Item, Rest} -> {Item, Rest};
        none -> none
    end.

-file("eunit_data.erl", 170).
next(Tests, Options) ->
    case first(Tests) of
        [T | Ts] ->
            case parse(T, Options) of
                {data, T1} -> next([T1 | Ts], Options);
                Item -> {Item, Ts}
            end;
        [] ->
            none
    end.

%% Tests with the first item on top: nested lists opened, a non-empty string
%% (a file or directory name) taken whole, a single representation put in a list.
first([]) -> [];
first([H | T] = L) ->
    case eunit_lib:is_string(L) of
        true -> [L];
        false when is_list(H), H =/= [] ->
            case eunit_lib:is_string(H) of
                true -> L;
                false -> first(H ++ T)
            end;
        false when H =:= [] -> first(T);
        false -> L
    end;
first(X) -> [X].

-file("eunit_data.erl", 232).
%% A #test{}, a #group{}, or {data, Tests} when X stands for other tests.
parse({generator, F, {M, N, A}} = T, _Options) when is_function(F), is_atom(M), is_atom(N), is_integer(A) ->
    arity(F, 0, T),
    %% run_testfun/1 tells the failures of a {M, F} wrapper apart
    %%
    %%
    %%
    %%
    case eunit_test:run_testfun(F) of
        {ok, Tests} ->
            case eunit_lib:is_not_test(Tests) of
                true -> throw({bad_generator, {{M, N, A}, Tests}});
                false -> {data, Tests}
            end;
        {error, Exc} ->
            throw({generator_failed, {{M, N, A}, Exc}})
    end;
parse({generator, F}, Options) when is_function(F) ->
    parse({generator, F, erlang:fun_info_mfa(F)}, Options);
parse({generator, M, F}, Options) when is_atom(M), is_atom(F) ->
    parse({generator, eunit_test:mf_wrapper(M, F), {M, F, 0}}, Options);
parse({module, M}, _Options) when is_atom(M) ->
    {data, {"module '" ++ atom_to_list(M) ++ "'", module_tests(M)}};
parse({application, A}, _Options) when is_atom(A) ->
    case application:get_key(A, modules) of
        {ok, Ms} -> {data, {"application '" ++ atom_to_list(A) ++ "'", Ms}};
        undefined -> throw({application_not_found, A})
    end;
parse({file, F} = T, _Options) when is_list(F) ->
    string_or_bad(F, T),
    {data, {"file \"" ++ F ++ "\"", [list_to_atom(filename:basename(F, ".erl"))]}};
parse({dir, D} = T, _Options) when is_list(D) ->
    string_or_bad(D, T),
    case file:list_dir(D) of
        {ok, Names} ->
            Ms = [list_to_atom(filename:basename(N, ".erl")) || N <- lists:sort(Names),
                                                                 filename:extension(N) =:= ".erl"],
            {data, {"directory \"" ++ D ++ "\"", Ms}};
        {error, R} ->
            throw({file_read_error, {R, file:format_error(R), D}})
    end;
parse({inorder, T}, _Options) -> group(#group{tests = T, order = inorder});
parse({inparallel, T}, Options) -> parse({inparallel, 0, T}, Options);
parse({inparallel, N, T}, _Options) when is_integer(N), N >= 0 -> group(#group{tests = T, order = {inparallel, N}});
parse({timeout, S, T}, _Options) when is_number(S), S >= 0 -> group(#group{tests = T, timeout = round(S * 1000)});
parse({spawn, T}, _Options) -> group(#group{tests = T, spawn = local});
parse({setup, S, I}, Options) when is_function(S) -> parse({setup, ?DEFAULT_SETUP_PROCESS, S, I}, Options);
parse({setup, S, C, I}, Options) when is_function(S), is_function(C) -> parse({setup, ?DEFAULT_SETUP_PROCESS, S, C, I}, Options);
parse({setup, P, S, I}, Options) when is_function(S) -> parse({setup, P, S, fun ok/1, I}, Options);
parse({setup, P, S, C, I} = T, Options) when is_function(S), is_function(C), is_function(I) ->
    arity(S, 0, T),
    arity(C, 1, T),
    case erlang:fun_info(I, arity) of
        {arity, 0} -> parse({setup, P, S, C, fun (_) -> I end}, Options);
        _ ->
            arity(I, 1, T),
            case P of
                local -> ok;
                spawn -> ok;
                _ -> throw({bad_test, T})
            end,
            #group{tests = I, context = #context{setup = S, cleanup = C, process = P}}
    end;
parse({setup, P, S, C, {with, As}}, Options) when is_list(As) ->
    parse({setup, P, S, C, fun (X) -> {with, X, As} end}, Options);
parse({setup, P, S, C, T}, Options) when is_function(S), is_function(C) ->
    parse({setup, P, S, C, fun (_) -> T end}, Options);
parse({foreach, S, Fs}, Options) when is_function(S), is_list(Fs) -> parse({foreach, S, fun ok/1, Fs}, Options);
parse({foreach, S, C, Fs}, Options) when is_function(S), is_function(C), is_list(Fs) ->
    parse({foreach, ?DEFAULT_SETUP_PROCESS, S, C, Fs}, Options);
parse({foreach, P, S, Fs}, Options) when is_function(S), is_list(Fs) -> parse({foreach, P, S, fun ok/1, Fs}, Options);
parse({foreach, P, S, C, Fs} = T, _Options) when is_function(S), is_function(C), is_list(Fs) ->
    arity(S, 0, T),
    arity(C, 1, T),
    case Fs of
        [F | More] -> {data, [{setup, P, S, C, F}, {foreach, P, S, C, More}]};
        [] -> {data, []}
    end;
parse({foreachx, S, Ps}, Options) when is_function(S), is_list(Ps) -> parse({foreachx, S, fun ok/2, Ps}, Options);
parse({foreachx, S, C, Ps}, Options) when is_function(S), is_function(C), is_list(Ps) ->
    parse({foreachx, ?DEFAULT_SETUP_PROCESS, S, C, Ps}, Options);
parse({foreachx, P, S, Ps}, Options) when is_function(S), is_list(Ps) -> parse({foreachx, P, S, fun ok/2, Ps}, Options);
parse({foreachx, P, S1, C1, Ps} = T, _Options) when is_function(S1), is_function(C1), is_list(Ps) ->
    arity(S1, 1, T),
    arity(C1, 2, T),
    case Ps of
        [{X, F1} | More] when is_function(F1) ->
            arity(F1, 2, T),
            {data, [{setup, P, fun () -> S1(X) end, fun (R) -> C1(X, R) end, fun (R) -> F1(X, R) end},
                    {foreachx, P, S1, C1, More}]};
        [_ | _] -> throw({bad_test, T});
        [] -> {data, []}
    end;
parse({with, X, As} = T, _Options) when is_list(As) ->
    case As of
        [A | More] ->
            arity(A, 1, T),
            {data, [{erlang:fun_info_mfa(A), fun () -> A(X) end}, {with, X, More}]};
        [] -> {data, []}
    end;
parse({S, T1} = T, _Options) when is_list(S) ->
    string_or_bad(S, T),
    group(#group{tests = T1, desc = unicode:characters_to_binary(S)});
parse({S, T1}, _Options) when is_binary(S) ->
    group(#group{tests = T1, desc = S});
parse(T, Options) when is_tuple(T), tuple_size(T) > 2, is_list(element(1, T)) orelse is_binary(element(1, T)) ->
    [S | Es] = tuple_to_list(T),
    parse({S, list_to_tuple(Es)}, Options);
parse(M, Options) when is_atom(M) ->
    parse({module, M}, Options);
parse(T, Options) when is_list(T) ->
    string_or_bad(T, T),
    case filelib:is_dir(T) of
        true -> parse({dir, T}, Options);
        false -> parse({file, T}, Options)
    end;
parse(T, _Options) ->
    simple(T).

%% Always a #test{}.
simple({L, F}) when is_integer(L), L >= 0 -> (simple(F))#test{line = L};
simple({{M, N, A} = Loc, F}) when is_atom(M), is_atom(N), is_integer(A) -> (simple(F))#test{location = Loc};
simple(F) when is_function(F) ->
    arity(F, 0, F),
    #test{f = F, location = erlang:fun_info_mfa(F)};
simple({test, M, F}) when is_atom(M), is_atom(F) ->
    #test{f = eunit_test:mf_wrapper(M, F), location = {M, F, 0}};
simple({M, F}) when is_atom(M), is_atom(F) ->
    simple({test, M, F});
simple(T) ->
    throw({bad_test, T}).

ok(_) -> ok.
ok(_, _) -> ok.

arity(F, N, _) when is_function(F, N) -> ok;
arity(_, _, T) -> throw({bad_test, T}).

string_or_bad(S, T) ->
    case eunit_lib:is_string(S) of
        true -> ok;
        false -> throw({bad_test, T})
    end.

%% A group of one item merges with it where their properties do not clash (a
%% title on a single test becomes the test's description), as in OTP, so that
%% what is printed is the same.
-file("eunit_data.erl", 478).
group(#group{context = #context{}} = G) -> G;
%%
%%
%%
group(#group{tests = Tests, desc = Desc, order = Order, context = Ctx, spawn = Spawn, timeout = Timeout} = G) ->
    %%
    {First, Rest} = lookahead(Tests, []),
    {Second, _} = lookahead(Rest, []),
    case First of
        #test{desc = D1, timeout = T1}
          when Second =:= none, Spawn =:= undefined, Ctx =:= undefined,
               (Desc =:= undefined) or (D1 =:= undefined),
               (Timeout =:= undefined) or (T1 =:= undefined) ->
            First#test{desc = join(Desc, D1), timeout = join(Timeout, T1)};
        #test{timeout = undefined} when Second =:= none, Timeout =/= undefined, Ctx =:= undefined ->
            G#group{tests = {timeout, Timeout div 1000, Tests}, timeout = undefined};
        #group{desc = D1, order = O1, context = C1, spawn = S1, timeout = T1}
          when Second =:= none,
               (Desc =:= undefined) or (D1 =:= undefined),
               (Order =:= undefined) or (O1 =:= undefined),
               (Ctx =:= undefined) or (C1 =:= undefined),
               (Spawn =:= undefined) or (S1 =:= undefined),
               (Timeout =:= undefined) or (T1 =:= undefined) ->
            group(First#group{desc = join(Desc, D1), order = join(Order, O1), context = join(Ctx, C1),
                              spawn = join(Spawn, S1), timeout = join(Timeout, T1)});
        #group{order = O1, timeout = T1} when Second =:= none ->
            push_order(Order, O1, push_timeout(Timeout, T1, G));
        _ ->
            G
    end.

-file("eunit_data.erl", 530).
lookahead(Tests, Options) ->
    case next(Tests, Options) of
        none -> {none, []};
        {_, _} = R -> R
    end.

join(undefined, X) -> X;
join(X, undefined) -> X.

%% A timeout on a fixture covers its setup and cleanup, so it stays put.
push_timeout(Timeout, undefined, #group{context = undefined} = G) when Timeout =/= undefined ->
    G#group{tests = {timeout, Timeout div 1000, G#group.tests}, timeout = undefined};
push_timeout(_, _, G) -> G.

push_order(inorder, undefined, G) -> G#group{tests = {inorder, G#group.tests}, order = undefined};
push_order({inparallel, N}, undefined, G) -> G#group{tests = {inparallel, N, G#group.tests}, order = undefined};
push_order(_, _, G) -> G.

%% The tests of a module: its exported *_test/0 and *_test_/0 functions in
%% export order, then the tests of Module_tests if that module exists.
module_tests(M) ->
    Exports = try M:module_info(exports)
              catch error:undef -> throw({module_not_found, M})
              end,
    Own = lists:filtermap(fun ({F, 0}) ->
                                  Name = atom_to_list(F),
                                  case {lists:suffix("_test", Name), lists:suffix("_test_", Name)} of
                                      {true, _} -> {true, {test, M, F}};
                                      {_, true} -> {true, {generator, M, F}};
                                      _ -> false
                                  end;
                              (_) -> false
                          end, Exports),
    Tests = case lists:member({eunit_wrapper_, 1}, Exports) of
                true -> {generator, fun () -> M:eunit_wrapper_(Own) end};
                false -> Own
            end,
    Name = atom_to_list(M),
    case lists:suffix("_tests", Name) of
        true -> Tests;
        false ->
            More = list_to_atom(Name ++ "_tests"),
            try module_tests(More) of
                MoreTests -> Tests ++ [{"module '" ++ Name ++ "_tests'", MoreTests}]
            catch
                {module_not_found, More} -> Tests
            end
    end.

%% Runs the fixture's setup, instantiates its tests and hands them to F
%% ({spawn, Tests} when they are to run in a process of their own).
enter_context(#context{setup = S, cleanup = C, process = P}, I, F) ->
    F1 = case P of
             local -> F;
             spawn -> fun (X) -> F({spawn, X}) end
         end,
    eunit_test:enter_context(S, C, I, F1).

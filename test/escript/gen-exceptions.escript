#!/usr/bin/env escript
%% -*- erlang -*-
%%
%% Records how escript reports uncaught exceptions: for each case below, the class,
%% reason and stack trace (ETF hex, so the TS side formats the very same terms) and
%% the text escript prints after "escript: " — made with erl_error:format_exception/7
%% and escript's own print function and trim function (escript.erl), so it is exactly
%% what escript writes. Rerun:
%%
%%   escript test/escript/gen-exceptions.escript test/escript/exceptions.json
-mode(compile).

main([Out]) ->
    Recs = [record(N, F) || {N, F} <- cases()],
    ok = file:write_file(Out, ["[\n", lists:join(",\n", Recs), "\n]\n"]).

record(Name, F) ->
    {C, R, S} = try F(), error(no_exception) catch Cl:Re:St -> {Cl, Re, St} end,
    PF = fun(Term, I) -> io_lib:format("~." ++ integer_to_list(I) ++ "P", [Term, 50]) end,
    Trim = fun(M, _F, _A) -> (M =:= erl_eval) or (M =:= escript) end,
    Text = erl_error:format_exception(1, C, R, S, Trim, PF, latin1),
    ["{\"name\": \"", Name, "\", \"term\": \"", hex(term_to_binary({C, R, S})),
     "\", \"text\": \"", hex(unicode:characters_to_binary(Text, unicode, latin1)), "\"",
     fun_name(R), "}"].

%% ETF does not carry a local fun's name, which the badarity report prints.
fun_name({badarity, {Fun, _}}) ->
    {name, N} = erlang:fun_info(Fun, name),
    [", \"funname\": \"", atom_to_list(N), "\""];
fun_name(_) -> "".

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

id(X) -> X.
f(1, _) -> ok.
a(0) -> 1 + id(x);
a(N) -> 1 + a(N - 1).
g(A, B) -> erlang:error(oops, [A, B]).

cases() ->
    [{"badarg", fun() -> atom_to_list(id(3)) end},
     {"badarith", fun() -> id(a) + 1 end},
     {"badarith_unary", fun() -> -id(a) end},
     {"badarith_long", fun() -> id(lists:seq(1, 40)) * id({a, lists:seq(1, 30)}) end},
     {"badmatch", fun() -> {ok, _} = id({error, [1,2,3]}) end},
     {"badmatch_long", fun() -> {ok, _} = id({error, [{I, I * I, "text"} || I <- lists:seq(1, 12)]}) end},
     {"case_clause", fun() -> case id(7) of 1 -> ok end end},
     {"function_clause", fun() -> f(id(3), "abc") end},
     {"function_clause_chars", fun() -> f(id(104), 105) end},
     {"function_clause_lists", fun() -> lists:map(id(x), y) end},
     {"undef", fun() -> (id(nomod)):nofun(1, 2) end},
     {"throw", fun() -> throw({my, term}) end},
     {"exit", fun() -> exit(goodbye) end},
     {"exit_long", fun() -> exit({shutdown, [{I, lists:seq(1, I)} || I <- lists:seq(1, 9)]}) end},
     {"if_clause", fun() -> X = id(3), if X > 5 -> ok end end},
     {"try_clause", fun() -> try id(3) of 1 -> ok after ok end end},
     {"badfun", fun() -> (id(3))(1) end},
     {"badarity", fun() -> (id(fun(X) -> X end))(1, 2) end},
     {"badarity0", fun() -> (id(fun(X) -> X end))() end},
     {"badarity5", fun() -> (id(fun(X) -> X end))(1, 2, 3, 4, 5) end},
     {"badkey", fun() -> maps:get(b, id(#{a => 1})) end},
     {"badkey_update", fun() -> (id(#{a => 1}))#{b := 2} end},
     {"badmap", fun() -> (id(foo))#{b => 2} end},
     {"custom", fun() -> erlang:error({my_error, [lists:seq(1, 40), #{k => v}], "a string"}) end},
     {"element", fun() -> element(5, id({a, b})) end},
     {"element_notuple", fun() -> element(1, id(x)) end},
     {"hd", fun() -> hd(id([])) end},
     {"length", fun() -> length(id([a|b])) end},
     {"list_to_integer", fun() -> list_to_integer(id("12x")) end},
     {"list_to_atom", fun() -> list_to_atom(id([a])) end},
     {"integer_to_list", fun() -> integer_to_list(id(1.5)) end},
     {"tuple_size", fun() -> tuple_size(id([])) end},
     {"deep", fun() -> a(3) end},
     {"error2", fun() -> g(1, 2) end},
     {"system_limit", fun() -> erlang:error(system_limit) end},
     {"badarg_tuple", fun() -> erlang:error({badarg, 42}) end},
     {"atom_reason", fun() -> erlang:error(some_reason) end},
     {"string_reason", fun() -> erlang:error("just a string") end},
     {"throw_long", fun() -> throw(lists:duplicate(30, {key, value})) end},
     {"not_stack", fun() -> erlang:raise(error, foo, [not_a_frame]) end}
    ].

#!/usr/bin/env escript
%% -*- erlang -*-
%%
%% Records what OTP's io_lib:format/2 returns for every case in cases.terms (plus a few
%% built here that file:consult cannot express: pids, refs, funs, big terms). Never edit
%% the output by hand: rerun
%%
%%   escript test/format/gen-fixtures.escript test/format/cases.terms test/format/fixtures.json
%%
%% Each record: the {Format, Args} pair as ETF hex (the TS side decodes it), and either
%% the result as ETF hex (the exact deep list) or the error class and reason.
-mode(compile).

main([In, Out]) ->
    {ok, Cases0} = file:consult(In),
    Cases = Cases0 ++ extra(),
    Recs = [record(C) || C <- Cases],
    ok = file:write_file(Out, ["[\n", lists:join(",\n", Recs), "\n]\n"]).

record({F, A} = C) ->
    R = try {ok, io_lib:format(F, A)} catch Cl:Re -> {Cl, Re} end,
    Res = case R of
              {ok, L} -> ["\"ok\": \"", hex(term_to_binary(L)), "\""];
              {Cl2, Re2} -> ["\"error\": \"", atom_to_list(Cl2), ":", io_lib:format("~w", [Re2]), "\""]
          end,
    ["{\"case\": \"", hex(term_to_binary(C)), "\", ", Res, "}"].

hex(B) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= B].

extra() ->
    Big = [{I, lists:seq(1, I rem 7), #{k => I, v => [I, I * 2]}} || I <- lists:seq(1, 30)],
    Deep = lists:foldl(fun(I, Acc) -> {node, I, Acc, [leaf, I]} end, nil, lists:seq(1, 12)),
    M = maps:from_list([{I, integer_to_list(I)} || I <- lists:seq(1, 40)]),
    Long = [list_to_atom("atom_number_" ++ integer_to_list(I)) || I <- lists:seq(1, 20)],
    Terms = [Big, Deep, M, Long, {self(), make_ref(), fun lists:map/2},
             [{error, {badmatch, [1,2,3]}, [{mod, fn, 2, [{file, "x.erl"}, {line, 12}]}]}],
             {a_rather_long_tag_name_that_is_long, [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]},
             list_to_binary(lists:seq(0, 255)),
             <<"a binary that is printable and long enough to need more than one line when it is pretty printed">>,
             [<<1,2,3:4>> | tail], {[{a, b} | c], d},
             #{{a, tuple} => [list], <<"bin">> => 1.5, 3 => #{nested => map}},
             lists:seq(1, 100), [lists:seq(1, 30), lists:seq(100, 130)],
             {{{{{{{{{{{deep}}}}}}}}}}}, [[[[[[[[[[x]]]]]]]]]]
            ],
    lists:append([[{"~p", [T]}, {"~w", [T]}, {"~P", [T, 5]}, {"~W", [T, 5]}, {"~tp", [T]},
                   {"x: ~p~n", [T]}, {"~40p", [T]}, {"~p ~p", [T, T]}, {"~P", [T, 3]},
                   {"~p~n", [T]}, {"\t~p", [T]}, {"~10.5p", [T]}, {"~lp", [T]}] || T <- Terms]).

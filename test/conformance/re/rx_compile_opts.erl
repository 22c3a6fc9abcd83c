#!/usr/bin/env escript
-module(rx_compile_opts).
-export([main/1]).
-mode(compile).
%% Exercises: re:compile/1,2: the option list, bad options and arguments (badarg), what the compiled tuple holds

main(_) ->
    lists:foreach(fun(O) -> io:format("~p -> ~p~n", [O, c("a(b)(?<n>c)", O)]) end,
                  [[], [unicode], [anchored], [caseless], [dollar_endonly], [dotall],
                   [extended], [firstline], [multiline], [no_auto_capture], [dupnames],
                   [ungreedy], [{newline, cr}], [{newline, crlf}], [{newline, any}],
                   [{newline, anycrlf}], [{newline, lf}], [bsr_anycrlf], [bsr_unicode],
                   [no_start_optimize], [ucp], [unicode, ucp, caseless],
                   [bogus], [global], [{capture, all}], [{newline, foo}], [report_errors],
                   [{offset, 1}], notalist, [caseless | bogus]]),
    io:format("~p~n", [c(<<"abc">>, [])]),
    io:format("~p~n", [c(["a", [<<"b">>], $c], [])]),
    io:format("~p~n", [c(abc, [])]),
    io:format("~p~n", [c(123, [])]),
    io:format("~p~n", [c([$a, 300], [])]),
    io:format("~p~n", [c([$a, 300], [unicode])]),
    io:format("~p~n", [try re:compile("a") of {ok, M} -> element(1, M) catch C:E -> {C, E} end]),
    {ok, MP} = re:compile("x"),
    io:format("~p~n", [c(MP, [])]).

c(P, O) ->
    try re:compile(P, O) of
        {ok, MP} -> {ok, element(2, MP), element(3, MP), element(4, MP)};
        Err -> Err
    catch C:E -> {C, E}
    end.

#!/usr/bin/env escript
-module(net_econnreset).
-export([main/1]).
-mode(compile).
%% Exercises: a peer closing with {linger, {true, 0}} resets the connection: seen as a plain close, or as econnreset with {show_econnreset, true}, in passive and active mode

main(_) ->
    [run(Show, Active) || Show <- [false, true], Active <- [false, true]],
    ok.

run(Show, Active) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}}, binary, {active, Active}, {show_econnreset, Show}]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, [binary, {active, false}, {linger, {true, 0}}]),
    {ok, A} = gen_tcp:accept(L),
    ok = gen_tcp:send(C, <<"data">>),
    timer:sleep(20),
    ok = gen_tcp:close(C),
    timer:sleep(20),
    R = case Active of
            false -> [gen_tcp:recv(A, 0), gen_tcp:recv(A, 0), gen_tcp:send(A, <<"x">>)];
            true -> flush()
        end,
    io:format("show ~p active ~p: ~p~n", [Show, Active, R]),
    io:format("~p~n", [inet:getopts(L, [show_econnreset, linger])]),
    gen_tcp:close(L).

flush() ->
    receive M -> [setelement(2, M, 'S') | flush()] after 50 -> [] end.

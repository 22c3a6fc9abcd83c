#!/usr/bin/env escript
-module(bin_module_bif_errors).
-export([main/1]).
-mode(compile).
%% binary module BIFs given bad arguments: error_info, the caller's frame kept for a
%% tail call, and the `*** argument` lines of an uncaught one (at the end).

id(X) -> X.

part_tail(B, P, L) -> binary:part(B, P, L).
split_tail(B, P) -> binary:split(B, P).

show(F) ->
    try F() of
        V -> io:format("~p~n", [V])
    catch
        C:R:S -> [Top, Next | _] = S, io:format("~p:~p~n  ~p~n  ~p~n", [C, R, Top, Next])
    end.

main(_) ->
    show(fun() -> part_tail(id(<<1, 2, 3>>), 1, 5) end),
    show(fun() -> part_tail(id(<<1, 2, 3>>), 7, 1) end),
    show(fun() -> part_tail(id(<<1, 2, 3>>), 1, 1) end),
    show(fun() -> split_tail(id(<<"a,b">>), id(<<>>)) end),
    show(fun() -> split_tail(id(<<"a,b">>), id(<<",">>)) end),
    show(fun() -> binary:at(id(<<>>), 0) end),
    show(fun() -> binary:first(id(<<>>)) end),
    show(fun() -> binary:copy(id(<<1:3>>), 2) end),
    show(fun() -> binary:decode_unsigned(id(<<1, 0>>), id(middle)) end),
    show(fun() -> binary:encode_unsigned(id(-5)) end),
    binary:part(id(<<1, 2>>), 1, 5).

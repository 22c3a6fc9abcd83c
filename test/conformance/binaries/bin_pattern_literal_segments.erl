#!/usr/bin/env escript
-module(bin_pattern_literal_segments).
-export([main/1]).
-mode(compile).
%% Exercises: literal integers and strings inside binary patterns

id(X) -> X.
cmd(<<"CMD", Op:8, 0, Arg/binary>>) -> {cmd, Op, Arg};
cmd(<<16#FF, 16#FE, _/binary>>) -> bom;
cmd(<<1:1, _:7, _/binary>>) -> high_bit;
cmd(_) -> unknown.
main(_) ->
    io:format("~p~n", [[cmd(id(B)) || B <- [<<"CMD", 1, 0, "x">>, <<255, 254, 0>>, <<200>>, <<"CMD", 1, 1>>, <<>>]]]).

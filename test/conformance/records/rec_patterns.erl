#!/usr/bin/env escript
-module(rec_patterns).
-export([main/1]).
-mode(compile).
%% Exercises: records in patterns, case and function heads

-record(msg, {kind, body = <<>>}).
id(X) -> X.
h(#msg{kind = ping}) -> pong;
h(#msg{kind = data, body = B}) when byte_size(B) > 0 -> {data, B};
h(#msg{}) -> ignored.
main(_) ->
    io:format("~p~n", [[h(id(M)) || M <- [#msg{kind = ping}, #msg{kind = data, body = <<"x">>}, #msg{kind = data}, #msg{}]]]),
    #msg{kind = K} = id(#msg{kind = z}),
    io:format("~p~n", [K]).

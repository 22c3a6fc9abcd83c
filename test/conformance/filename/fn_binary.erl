#!/usr/bin/env escript
-module(fn_binary).
-export([main/1]).
-mode(compile).
%% Exercises: filename functions on binaries and on list/binary mixes (binary results)

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Names = [<<"a/b/c.erl">>, <<"/a/b">>, <<"a//b/">>, <<"/">>, <<"">>, <<"a">>,
             <<".hidden">>, <<"a/.b">>, <<"a.b.c">>, <<"a/b.">>, <<"//x">>, <<"a/b//">>,
             <<"a/..">>, <<"x/y.tar.gz">>, <<"caf", 195, 169, "/f.txt">>],
    [p({N, filename:basename(N), filename:dirname(N), filename:extension(N),
        filename:rootname(N), filename:split(N)}) || N <- Names],
    p(filename:join(<<"a">>, <<"b">>)),
    p(filename:join(<<"a/">>, "b")),
    p(filename:join("a", <<"/b">>)),
    p(filename:join([<<"a">>, "b", c])),
    p(filename:join(["a", <<"b">>, "c"])),
    p(filename:join([<<"a//b/./">>])),
    p(filename:join(<<"a">>, "\x{3b1}")),
    p(filename:basename(<<"a/b.erl">>, <<".erl">>)),
    p(filename:basename(<<"a/b.erl">>, ".erl")),
    p(filename:basename("a/b.erl", <<".erl">>)),
    p(filename:basename(<<"a/b.erl/">>, ".erl")),
    p(filename:basename(<<"a/.erl">>, ".erl")),
    p(filename:basename(<<"x">>, ".longer")),
    p(filename:rootname(<<"a/b.erl">>, <<".erl">>)),
    p(filename:rootname(<<"a/b.erl">>, ".hrl")),
    p(filename:rootname("a/b.erl", <<".erl">>)),
    p(filename:absname(<<"x">>, <<"/base">>)),
    p(filename:absname("x", <<"/base">>)),
    p(filename:absname(<<"/abs//x/">>, "/base")),
    p(filename:nativename(<<"a//b/">>)),
    p(filename:pathtype(<<"/a">>)),
    p(filename:pathtype(<<"a">>)),
    p(filename:flatten(<<"bin">>)).

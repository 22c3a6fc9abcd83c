#!/usr/bin/env escript
%% load_binary of bytes that are not object code, and of another module's object code:
%% {error, badfile} and two reports each, whose order OTP does not fix (so this is a
%% unit test, not a conformance program).
-module(badfile).
-export([main/1]).

main(_) ->
    io:format("~p~n", [code:load_binary(cbf_junk, "cbf_junk.beam", <<"not object code">>)]),
    timer:sleep(50),
    D = "/tmp/erlts_test_code_badfile",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    Src = filename:join(D, "cbf_real.erl"),
    ok = file:write_file(Src, "-module(cbf_real).\n"),
    {ok, cbf_real, Bin} = compile:file(Src, [binary]),
    io:format("~p~n", [code:load_binary(cbf_other, "cbf_other.beam", Bin)]),
    timer:sleep(50),
    io:format("~p~n", [{code:is_loaded(cbf_junk), code:is_loaded(cbf_other), code:is_loaded(cbf_real)}]),
    ok = file:del_dir_r(D).

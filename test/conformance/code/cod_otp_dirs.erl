#!/usr/bin/env escript
-module(cod_otp_dirs).
-export([main/1]).
-mode(compile).
%% Exercises: what the code server says about OTP's own modules and directories

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Root = code:root_dir(),
    p(code:lib_dir() =:= filename:join(Root, "lib")),
    p(filename:dirname(code:lib_dir(stdlib)) =:= code:lib_dir()),
    p(lists:prefix("stdlib-", filename:basename(code:lib_dir(stdlib)))),
    p(code:priv_dir(stdlib) =:= filename:join(code:lib_dir(stdlib), "priv")),
    p(code:lib_dir(stdlib, ebin) =:= filename:join(code:lib_dir(stdlib), "ebin")),
    p(code:lib_dir(no_such_app)),
    p(code:priv_dir(no_such_app)),
    p(code:objfile_extension()),
    p(code:which(lists) =:= filename:join([code:lib_dir(stdlib), "ebin", "lists.beam"])),
    p(code:is_loaded(lists) =:= {file, code:which(lists)}),
    p(code:which(erlang)),
    p(code:is_loaded(erlang)),
    p(code:which(init)),
    p(lists:member(filename:join(code:lib_dir(stdlib), "ebin"), code:get_path())),
    p([code:is_sticky(M) || M <- [lists, erlang, cod_otp_dirs, no_such_mod]]),
    p([erlang:module_loaded(M) || M <- [lists, erlang, no_such_mod]]),
    p(lists:member(erlang, erlang:pre_loaded())),
    p(lists:member(init, erlang:pre_loaded())),
    p(lists:member(lists, erlang:pre_loaded())),
    p(lists:all(fun(M) -> erlang:module_loaded(M) end, erlang:pre_loaded())),
    All = code:all_loaded(),
    p(lists:keyfind(erlang, 1, All)),
    p(lists:keyfind(lists, 1, All) =:= {lists, code:which(lists)}),
    p(lists:keymember(no_such_mod, 1, All)),
    p(code:get_mode()),
    p(code:module_status(lists)),
    p(code:module_status(no_such_mod)).

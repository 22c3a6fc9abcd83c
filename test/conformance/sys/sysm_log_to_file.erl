#!/usr/bin/env escript
-module(sysm_log_to_file).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: sys:log_to_file/2,3: the *DBG* lines of a gen_server written to a file
%% (under /tmp/erlts_conf_sysm_log_to_file), switched off with false; a file that
%% cannot be opened gives {error, open_file}

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(N, _) -> {noreply, N}.

main(_) ->
    Dir = "/tmp/erlts_conf_sysm_log_to_file",
    _ = file:make_dir(Dir),
    File = Dir ++ "/trace.txt",
    {ok, P} = gen_server:start({local, sysm_ltf}, ?MODULE, 0, []),
    io:format("~p~n", [sys:log_to_file(sysm_ltf, File)]),
    gen_server:cast(P, 1),
    gen_server:cast(P, 2),
    _ = gen_server:call(sysm_ltf, get),
    io:format("~p~n", [sys:log_to_file(P, false, 1000)]),
    gen_server:cast(P, 3),
    _ = gen_server:call(P, get),
    {ok, Bin} = file:read_file(File),
    Lines = [L || L <- string:split(binary_to_list(Bin), "\n", all), L =/= ""],
    [io:format("~s~n", [hide_pid(L)]) || L <- Lines],
    io:format("~p~n", [sys:log_to_file(P, Dir ++ "/no/such/dir/x.txt")]),
    ok = file:delete(File),
    ok = file:del_dir(Dir),
    ok.

%% the caller's pid is in the "got call" lines
hide_pid(L) ->
    case string:find(L, " from ") of
        nomatch -> L;
        _ -> string:slice(L, 0, string:str(L, " from ")) ++ " from a pid"
    end.

#!/usr/bin/env escript
%% A counter server upgraded from version 1 to version 2 while it runs, keeping its
%% state: compile counter_v1.erl, start it, bump it; then compile counter_v2.erl as the
%% new `counter`, suspend the server, load the new code, let code_change/3 convert the
%% state, resume, and purge the old version. Run with
%%     node dist/bin/erlts.js run examples/live_upgrade/upgrade.erl
%% (or `escript examples/live_upgrade/upgrade.erl` on Erlang/OTP: the same output).
-module(upgrade).
-export([main/1]).
-mode(compile).

main(_) ->
    Here = filename:dirname(?FILE),
    Out = filename:join(tmp_dir(), "erlts_live_upgrade"),
    _ = file:del_dir_r(Out),
    ok = file:make_dir(Out),
    true = code:add_patha(Out),
    build(Here, Out, "counter_v1.erl"),
    {module, counter} = code:load_file(counter),
    {ok, Pid} = counter:start_link(),
    [counter:bump() || _ <- lists:seq(1, 5)],
    io:format("running version ~p: ~p~n", [vsn(), counter:read()]),

    build(Here, Out, "counter_v2.erl"),
    ok = sys:suspend(counter),
    {module, counter} = code:load_file(counter),
    ok = sys:change_code(counter, counter, 1, []),
    ok = sys:resume(counter),
    io:format("upgraded to version ~p, same process: ~p~n", [vsn(), whereis(counter) =:= Pid]),
    counter:bump(),
    io:format("~p~n~p~n", [counter:read(), counter:read()]),
    io:format("old code purged: ~p, server alive: ~p~n", [code:soft_purge(counter), is_process_alive(Pid)]),
    ok = file:del_dir_r(Out).

%% The source is named counter_vN.erl but its module is `counter`: compile it as
%% counter.erl so that the object file is counter.beam, which the code path finds.
build(Here, Out, File) ->
    Src = filename:join(Out, "counter.erl"),
    {ok, _} = file:copy(filename:join(Here, File), Src),
    {ok, counter} = compile:file(Src, [{outdir, Out}, report]).

vsn() -> hd(proplists:get_value(vsn, counter:module_info(attributes))).

tmp_dir() ->
    case os:getenv("TMPDIR") of
        false -> "/tmp";
        Dir -> Dir
    end.

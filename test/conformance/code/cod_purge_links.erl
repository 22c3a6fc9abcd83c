#!/usr/bin/env escript
-module(cod_purge_links).
-export([main/1]).
-mode(compile).
%% Exercises: purge kills processes in old code even when they trap exits; their links
%% see 'killed'; a trapping process linked to one of them survives with the EXIT message

p(X) -> io:format("~p~n", [X]).

build(D, V) ->
    Src = filename:join(D, "cpl_mod.erl"),
    ok = file:write_file(Src, io_lib:format(
        "-module(cpl_mod).~n-export([trapper/1, v/0]).~n"
        "v() -> ~p.~n"
        "trapper(From) -> process_flag(trap_exit, true), From ! ready,~n"
        "    receive stop -> ok end.~n", [V])),
    {ok, cpl_mod} = compile:file(Src, [{outdir, D}]),
    code:load_file(cpl_mod).

main(_) ->
    D = "/tmp/erlts_conf_cod_purge_links",
    _ = file:del_dir_r(D),
    ok = file:make_dir(D),
    true = code:add_patha(D),
    p(build(D, 1)),
    Main = self(),
    T = spawn(cpl_mod, trapper, [Main]),
    receive ready -> ok end,
    Watcher = spawn(fun() ->
                            process_flag(trap_exit, true),
                            link(T),
                            Main ! linked,
                            receive {'EXIT', T, Why} -> Main ! {watcher_saw, Why} end
                    end),
    receive linked -> ok end,
    Ref = monitor(process, T),
    p(build(D, 2)),
    p(erlang:check_process_code(T, cpl_mod)),
    p(code:purge(cpl_mod)),
    p(receive {'DOWN', Ref, process, T, Why} -> Why after 1000 -> timeout end),
    p(receive {watcher_saw, W} -> W after 1000 -> timeout end),
    p(is_process_alive(Watcher)),
    p(code:purge(cpl_mod)),
    true = code:del_path(D),
    p(file:del_dir_r(D)).

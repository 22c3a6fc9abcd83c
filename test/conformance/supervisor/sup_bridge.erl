#!/usr/bin/env escript
-module(sup_bridge).
-export([main/1, init/1, terminate/2, loop/1]).
-mode(compile).
%% Exercises: supervisor_bridge: a plain process under a supervisor; the bridge
%% stops with the process's reason (reported unless normal/shutdown), calls the
%% callback's terminate/2 when it is stopped, answers which_children with [];
%% init returning ignore or {error, _}; progress report at info level.

init({ok, Tag}) ->
    Pid = spawn(?MODULE, loop, [Tag]),
    {ok, Pid, {state_of, Tag, Pid}};
init(ignore) -> ignore;
init({error, R}) -> {error, R}.

terminate(Reason, {state_of, Tag, Pid}) ->
    io:format("terminate ~p ~p~n", [Tag, Reason]),
    exit(Pid, kill).

loop(Tag) -> receive {die, R} -> exit(R); _ -> loop(Tag) end.

main(_) ->
    process_flag(trap_exit, true),
    {ok, B} = supervisor_bridge:start_link({local, sb_bridge}, ?MODULE, {ok, one}),
    io:format("~p ~p~n", [supervisor:which_children(sb_bridge), gen_server:call(B, other)]),
    [P] = element(2, process_info(B, links)) -- [self()],
    P ! {die, oops},
    receive {'EXIT', B, R1} -> timer:sleep(30), io:format("bridge exit ~p~n", [R1]) end,
    {ok, B2} = supervisor_bridge:start_link(?MODULE, {ok, two}),
    exit(B2, shutdown),
    receive {'EXIT', B2, R2} -> io:format("bridge exit ~p~n", [R2]) end,
    io:format("~p~n", [supervisor_bridge:start_link(?MODULE, ignore)]),
    R3 = supervisor_bridge:start_link(?MODULE, {error, nope}),
    receive {'EXIT', _, R4} -> ok end,
    timer:sleep(30),
    io:format("~p ~p~n", [R3, R4]),
    ok = logger:set_primary_config(level, info),
    {ok, B3} = supervisor_bridge:start_link({local, sb_loud}, ?MODULE, {ok, three}),
    timer:sleep(30),
    ok = logger:set_primary_config(level, notice),
    [P3] = element(2, process_info(B3, links)) -- [self()],
    P3 ! {die, normal},
    receive {'EXIT', B3, R5} -> io:format("bridge exit ~p~n", [R5]) end.

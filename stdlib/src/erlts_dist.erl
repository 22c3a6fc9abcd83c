%% erlts_dist: the Erlang half of the remote spawns of erlang (spawn/2,4,
%% spawn_link/2,4, spawn_monitor/2,4, spawn_opt/3,5 on another node): a
%% spawn_request, then its reply. As on BEAM, a node that cannot be reached gives a
%% local process that exits with noconnection (linked or monitored as asked).
%% The rest of the module is native (runtime/dist/bifs.ts).
-module(erlts_dist).

-export([spawn/5, crasher/6]).

spawn(Node, M, F, A, Opts) ->
    Monitor = lists:member(monitor, Opts) orelse lists:keymember(monitor, 1, Opts),
    Ref = erlang:spawn_request(Node, M, F, A, Opts),
    receive
        {spawn_reply, Ref, ok, Pid} when Monitor -> {Pid, Ref};
        {spawn_reply, Ref, ok, Pid} -> Pid;
        {spawn_reply, Ref, error, badopt} -> erlang:error(badarg);
        {spawn_reply, Ref, error, noconnection} ->
            erlang:spawn_opt(?MODULE, crasher, [Node, M, F, A, Opts, noconnection], Opts);
        {spawn_reply, Ref, error, Reason} -> erlang:error(Reason)
    end.

%% The stand-in process says why, as OTP's does (a warning report), then exits.
crasher(Node, M, F, A, [], Reason) ->
    error_logger:warning_msg("** Can not start ~w:~w,~w on ~w **~n", [M, F, A, Node]),
    erlang:exit(Reason);
crasher(Node, M, F, A, Opts, Reason) ->
    error_logger:warning_msg("** Can not start ~w:~w,~w (~w) on ~w **~n", [M, F, A, Opts, Node]),
    erlang:exit(Reason).

%% global: the global name registry. Names are any terms; a name is held by a live
%% process and is gone when that process dies. Each node keeps the names registered
%% on it in a public ETS table owned by a small process started on first use; a name
%% whose process has died is treated as free (and removed) whenever it is looked at.
%% Across nodes there is no replicated table (OTP's global protocol with its locks is
%% not spoken): whereis_name/1 asks the connected nodes when the name is not known
%% here (erlts nodes through erlts_whereis_local/1, erl nodes through their own
%% global:whereis_name/1), and register_name/2 refuses a name another node holds.
-module(global).

-export([register_name/2, register_name/3, unregister_name/1, re_register_name/2,
         re_register_name/3, whereis_name/1, send/2, registered_names/0,
         random_exit_name/3, random_notify_name/3, notify_all_name/3, sync/0,
         erlts_whereis_local/1]).

-define(TABLE, erlts_global_names).

register_name(Name, Pid) when is_pid(Pid) ->
    register_name(Name, Pid, fun random_exit_name/3).

register_name(Name, Pid, Resolve) when is_pid(Pid) ->
    _ = Resolve,
    table(),
    case lookup(Name) =:= undefined andalso remote_lookup(Name) =:= undefined of
        true ->
            case alive(Pid) of
                true -> ets:insert(?TABLE, {Name, Pid}), yes;
                false -> no
            end;
        false ->
            no
    end.

re_register_name(Name, Pid) when is_pid(Pid) ->
    re_register_name(Name, Pid, fun random_exit_name/3).

re_register_name(Name, Pid, Resolve) when is_pid(Pid) ->
    _ = Resolve,
    table(),
    ets:insert(?TABLE, {Name, Pid}),
    yes.

unregister_name(Name) ->
    case exists() of
        false -> ok;
        true -> ets:delete(?TABLE, Name), ok
    end.

whereis_name(Name) ->
    case erlts_whereis_local(Name) of
        undefined -> remote_lookup(Name);
        Pid -> Pid
    end.

%% The name as this node alone knows it (what other erlts nodes ask).
erlts_whereis_local(Name) ->
    case exists() of
        false -> undefined;
        true -> lookup(Name)
    end.

remote_lookup(Name) -> remote_lookup(Name, nodes()).

remote_lookup(_Name, []) -> undefined;
remote_lookup(Name, [N | Ns]) ->
    R = case rpc:call(N, global, erlts_whereis_local, [Name], 5000) of
            {badrpc, {'EXIT', {undef, _}}} -> rpc:call(N, global, whereis_name, [Name], 5000);
            Other -> Other
        end,
    case R of
        Pid when is_pid(Pid) -> Pid;
        _ -> remote_lookup(Name, Ns)
    end.

alive(Pid) when node(Pid) =:= node() -> is_process_alive(Pid);
alive(_) -> true.

send(Name, Msg) ->
    case whereis_name(Name) of
        Pid when is_pid(Pid) ->
            Pid ! Msg,
            Pid;
        undefined ->
            exit({badarg, {Name, Msg}})
    end.

registered_names() ->
    case exists() of
        false -> [];
        true -> [Name || {Name, Pid} <- ets:tab2list(?TABLE), alive(Pid)]
    end.

sync() -> ok.

%% The resolve functions of OTP's global (a name clash between nodes cannot happen
%% on one node; they are here for callers that pass them).
random_exit_name(Name, Pid, Pid2) ->
    Pid3 = pick(Pid, Pid2),
    exit(other(Pid3, Pid, Pid2), kill),
    _ = Name,
    Pid3.

random_notify_name(Name, Pid, Pid2) ->
    Pid3 = pick(Pid, Pid2),
    other(Pid3, Pid, Pid2) ! {global_name_conflict, Name},
    Pid3.

notify_all_name(Name, Pid, Pid2) ->
    Pid ! {global_name_conflict, Name, Pid2},
    Pid2 ! {global_name_conflict, Name, Pid},
    none.

pick(Pid, Pid2) ->
    case erlang:phash2({Pid, Pid2}, 2) of
        0 -> Pid;
        1 -> Pid2
    end.

other(Pid, Pid, Pid2) -> Pid2;
other(_, Pid, _) -> Pid.

%% ---------------------------------------------------------------------------

lookup(Name) ->
    case ets:lookup(?TABLE, Name) of
        [{_, Pid}] ->
            case alive(Pid) of
                true -> Pid;
                false -> ets:delete(?TABLE, Name), undefined
            end;
        [] ->
            undefined
    end.

%% The table and its owner, made on first use.
table() ->
    case exists() of
        false ->
            Self = self(),
            Owner = spawn(fun() -> own_table(Self) end),
            receive {Owner, table} -> ok end;
        true ->
            ok
    end.

exists() ->
    ets:whereis(?TABLE) =/= undefined.

own_table(Starter) ->
    try ets:new(?TABLE, [named_table, public, set]) of
        _ -> ok
    catch
        error:badarg -> ok  % someone else made it in between
    end,
    Starter ! {self(), table},
    receive stop -> ok end.

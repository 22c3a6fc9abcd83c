%% global: the global name registry, for the local node only (erlts has no
%% distribution yet). Names are any terms; a name is held by a live process and is
%% gone when that process dies. The names live in a public ETS table owned by a
%% small process started on first use; a name whose process has died is treated
%% as free (and removed) whenever it is looked at, so no monitor is needed.
-module(global).

-export([register_name/2, register_name/3, unregister_name/1, re_register_name/2,
         re_register_name/3, whereis_name/1, send/2, registered_names/0,
         random_exit_name/3, random_notify_name/3, notify_all_name/3, sync/0]).

-define(TABLE, erlts_global_names).

register_name(Name, Pid) when is_pid(Pid) ->
    register_name(Name, Pid, fun random_exit_name/3).

register_name(Name, Pid, Resolve) when is_pid(Pid) ->
    _ = Resolve,
    table(),
    case lookup(Name) of
        undefined ->
            case is_process_alive(Pid) of
                true -> ets:insert(?TABLE, {Name, Pid}), yes;
                false -> no
            end;
        _ ->
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
    case exists() of
        false -> undefined;
        true -> lookup(Name)
    end.

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
        true -> [Name || {Name, Pid} <- ets:tab2list(?TABLE), is_process_alive(Pid)]
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
            case is_process_alive(Pid) of
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

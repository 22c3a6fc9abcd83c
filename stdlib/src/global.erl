%% global: the global name registry and global locks. Every node runs a
%% global_name_server (a gen_server) that keeps a copy of all names, and the servers
%% speak OTP 25's protocol (version 8) to each other, so erl and erlts nodes share
%% one set of names:
%%
%%  * a name operation (register, re-register, unregister) takes the lock
%%    {global, Registrar} on every known node, then asks every node's server to
%%    apply it (gen_server multi-calls); the servers monitor the named pid and drop
%%    the name when it dies or its node goes;
%%  * when two nodes connect, each server sends init_connect with a tag; their
%%    lockers agree on one lock over both partitions ({global, [Locker1, Locker2]}),
%%    the servers exchange their names, each side's resolver decides the names the
%%    other side brings (a clash is resolved on the node of the pid already there,
%%    by the method registered with it: random_exit_name by default), the results
%%    are exchanged ('resolved') and sent on to the other nodes already known
%%    ('new_nodes'), then the lock is released.
%%
%% A node that loses a connection tells the nodes it knows (lost_connection), and they
%% have the lost node disconnect from them (remove_connection): OTP 25's prevention of
%% overlapping partitions, off with kernel's prevent_overlapping_partitions = false.
%% Not done: global groups.
-module(global).
-behaviour(gen_server).

-export([register_name/2, register_name/3, unregister_name/1, re_register_name/2,
         re_register_name/3, whereis_name/1, send/2, registered_names/0, sync/0, sync/1,
         set_lock/1, set_lock/2, set_lock/3, del_lock/1, del_lock/2, trans/2, trans/3,
         trans/4, random_exit_name/3, random_notify_name/3, notify_all_name/3,
         resolve_it/4, start/0, start_link/0, stop/0, info/0, erlts_start/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2,
         code_change/3]).

-define(VSN, 8).
-define(SERVER, global_name_server).
%% The resource every name operation and every node synchronisation locks.
-define(ALL, global).

-record(st, {known = #{},      % Node => Vsn once synced; {pending, Node} => Vsn meanwhile
             synced = [],
             resolvers = [],   % [{Node, MyTag, ResolverPid}]
             syncers = [],     % processes waiting in sync/0,1
             locker,
             registrar,
             lock_down = false,
             pop = true,       % prevent overlapping partitions
             xcreation}).      % this incarnation of the node, in lost_connection

%% ---------------------------------------------------------------------------
%% Names

whereis_name(Name) ->
    ensure(),
    where(Name).

register_name(Name, Pid) when is_pid(Pid) ->
    register_name(Name, Pid, fun global:random_exit_name/3).

register_name(Name, Pid, Method0) when is_pid(Pid) ->
    Method = method(Method0),
    ensure(),
    registrar(fun(Nodes) ->
                      case where(Name) =:= undefined andalso single_name(Name, Pid) of
                          true ->
                              _ = multi_call(Nodes, {register, Name, Pid, Method}),
                              yes;
                          false ->
                              no
                      end
              end).

re_register_name(Name, Pid) when is_pid(Pid) ->
    re_register_name(Name, Pid, fun global:random_exit_name/3).

re_register_name(Name, Pid, Method0) when is_pid(Pid) ->
    Method = method(Method0),
    ensure(),
    registrar(fun(Nodes) ->
                      _ = multi_call(Nodes, {register, Name, Pid, Method}),
                      yes
              end).

unregister_name(Name) ->
    ensure(),
    case where(Name) of
        undefined ->
            ok;
        _ ->
            registrar(fun(Nodes) ->
                              _ = multi_call(Nodes, {unregister, Name}),
                              ok
                      end)
    end.

registered_names() ->
    ensure(),
    ets:select(global_names, [{{'$1', '_', '_', '_'}, [], ['$1']}]).

send(Name, Msg) ->
    case whereis_name(Name) of
        Pid when is_pid(Pid) ->
            Pid ! Msg,
            Pid;
        undefined ->
            exit({badarg, {Name, Msg}})
    end.

sync() ->
    ensure(),
    gen_server:call(?SERVER, {sync, nodes()}, infinity).

sync(Nodes) when is_list(Nodes) ->
    ensure(),
    gen_server:call(?SERVER, {sync, Nodes}, infinity).

where(Name) ->
    case ets:lookup(global_names, Name) of
        [{_, Pid, _, _}] when node(Pid) =:= node() ->
            case is_process_alive(Pid) of
                true -> Pid;
                false -> undefined
            end;
        [{_, Pid, _, _}] ->
            Pid;
        [] ->
            undefined
    end.

%% A pid has one name unless kernel's global_multi_name_action is allow.
single_name(Name, Pid) ->
    case ets:lookup(global_pid_names, Pid) of
        [] ->
            true;
        Named ->
            case application:get_env(kernel, global_multi_name_action) of
                {ok, allow} ->
                    true;
                _ ->
                    Names = [Name | [N || {_, N} <- Named]],
                    logger:log(error, "global: ~w registered under several names: ~tw\n",
                               [Pid, Names]),
                    false
            end
    end.

method({M, F}) when is_atom(M), is_atom(F) -> fun M:F/3;
method(F) when is_function(F, 3) -> F.

registrar(Fun) ->
    gen_server:call(?SERVER, {registrar, Fun}, infinity).

%% ---------------------------------------------------------------------------
%% Locks

set_lock(Id) ->
    set_lock(Id, [node() | nodes()], infinity, 1).

set_lock(Id, Nodes) ->
    set_lock(Id, Nodes, infinity, 1).

set_lock(Id, Nodes, Retries) when is_integer(Retries), Retries >= 0 ->
    set_lock(Id, Nodes, Retries, 1);
set_lock(Id, Nodes, infinity) ->
    set_lock(Id, Nodes, infinity, 1).

set_lock({_, _}, [], _Retries, _Times) ->
    true;
set_lock({_, _} = Id, Nodes, Retries, Times) ->
    ensure(),
    case lock_on(Id, Nodes) of
        true -> true;
        false when Retries =:= 0 -> false;
        false ->
            random_sleep(Times),
            set_lock(Id, Nodes, dec(Retries), Times + 1)
    end.

del_lock(Id) ->
    del_lock(Id, [node() | nodes()]).

del_lock({_, _} = Id, Nodes) ->
    _ = multi_call(Nodes, {del_lock, Id}),
    true.

trans(Id, Fun) -> trans(Id, Fun, [node() | nodes()], infinity).
trans(Id, Fun, Nodes) -> trans(Id, Fun, Nodes, infinity).
trans(Id, Fun, Nodes, Retries) ->
    case set_lock(Id, Nodes, Retries) of
        true ->
            try Fun()
            after del_lock(Id, Nodes)
            end;
        false ->
            aborted
    end.

%% The lock on every node of Nodes or on none: the nodes that said yes are released
%% when one says no.
lock_on(Id, Nodes) ->
    Free = case Nodes of
               [_] -> true;
               _ -> not lists:member(node(), Nodes) orelse can_lock(Id) =/= false
           end,
    case Free of
        false ->
            false;
        true ->
            {Replies, _Bad} = multi_call(Nodes, {set_lock, Id}),
            case [N || {N, false} <- Replies] of
                [] ->
                    true;
                _ when length(Replies) =:= 1 ->
                    false;
                _ ->
                    _ = multi_call([N || {N, true} <- Replies], {del_lock, Id}),
                    false
            end
    end.

%% Waits between attempts as OTP does: up to 1/8 s doubling each time, at most 8 s.
random_sleep(Times) ->
    Max = case Times > 5 of
              true -> 8000;
              false -> ((1 bsl Times) * 1000) div 8
          end,
    receive after rand:uniform(Max) -> ok end.

dec(infinity) -> infinity;
dec(N) -> N - 1.

can_lock({Resource, Requester}) ->
    case ets:lookup(global_locks, Resource) of
        [{_, Requester, Holders}] -> {true, Holders};
        [_] -> false;
        [] -> {true, []}
    end.

global_lock_set() ->
    ets:member(global_locks, ?ALL).

%% gen_server:multi_call/3 to the servers of Nodes from the calling process (the
%% servers check that the caller holds the global lock).
multi_call(Nodes, Req) ->
    Tag = make_ref(),
    Mons = [begin
                M = erlang:monitor(process, {?SERVER, N}),
                catch erlang:send({?SERVER, N}, {'$gen_call', {self(), {Tag, N}}, Req},
                                  [noconnect]),
                {N, M}
            end || N <- Nodes, is_atom(N)],
    collect(Tag, Mons, [], []).

collect(_Tag, [], Replies, Bad) ->
    {lists:reverse(Replies), lists:reverse(Bad)};
collect(Tag, [{N, M} | Rest], Replies, Bad) ->
    receive
        {{Tag, N}, Reply} ->
            erlang:demonitor(M, [flush]),
            collect(Tag, Rest, [{N, Reply} | Replies], Bad);
        {'DOWN', M, _, _, _} ->
            collect(Tag, Rest, Replies, [N | Bad])
    end.

%% ---------------------------------------------------------------------------
%% Resolving clashes

%% Called by rpc from the node that found the clash, on the node of Pid2.
resolve_it(Method, Name, Pid1, Pid2) ->
    case erlang:fun_info(Method, type) of
        {type, local} ->
            case erlang:fun_info(Method, module) of
                %% OTP's default (a local fun of its global): the same here.
                {module, global} -> catch random_exit_name(Name, Pid1, Pid2);
                _ -> catch Method(Name, Pid1, Pid2)
            end;
        _ ->
            catch Method(Name, Pid1, Pid2)
    end.

%% The pid of the node with the smaller name stays.
random_exit_name(Name, Pid, Pid2) ->
    {Min, Max} = minmax(Pid, Pid2),
    logger:log(info, "global: Name conflict terminating ~tw\n", [{Name, Max}]),
    exit(Max, kill),
    Min.

random_notify_name(Name, Pid, Pid2) ->
    {Min, Max} = minmax(Pid, Pid2),
    Max ! {global_name_conflict, Name},
    Min.

notify_all_name(Name, Pid, Pid2) ->
    Pid ! {global_name_conflict, Name, Pid2},
    Pid2 ! {global_name_conflict, Name, Pid},
    none.

minmax(P1, P2) ->
    case node(P1) < node(P2) of
        true -> {P1, P2};
        false -> {P2, P1}
    end.

%% ---------------------------------------------------------------------------
%% The server

start() -> gen_server:start({local, ?SERVER}, ?MODULE, [], []).
start_link() -> gen_server:start_link({local, ?SERVER}, ?MODULE, [], []).
stop() -> gen_server:call(?SERVER, stop, infinity).
info() -> gen_server:call(?SERVER, info, infinity).

%% Started by the runtime when the node becomes alive (runtime/dist/node.ts), and on
%% first use otherwise.
erlts_start() ->
    _ = server(),
    ok.

ensure() ->
    case ets:whereis(global_names) of
        undefined -> _ = server(), ok;
        _ -> ok
    end.

server() ->
    ok = erlts_dist:free_global_name(),
    case start() of
        {ok, Pid} ->
            Pid;
        {error, {already_started, Pid}} ->
            %% It may still be in init: a call waits for it.
            _ = gen_server:call(Pid, get_synced, infinity),
            Pid
    end.

init([]) ->
    process_flag(trap_exit, true),
    ok = net_kernel:monitor_nodes(true),
    _ = ets:new(global_names, [set, named_table, protected, {read_concurrency, true}]),
    _ = ets:new(global_pid_names, [bag, named_table, protected]),
    _ = ets:new(global_locks, [set, named_table, protected]),
    _ = ets:new(global_pid_ids, [bag, named_table, protected]),
    Pop = application:get_env(kernel, prevent_overlapping_partitions) =/= {ok, false},
    {ok, #st{locker = spawn_link(fun locker_init/0),
             registrar = spawn_link(fun registrar_loop/0),
             pop = Pop,
             xcreation = rand:uniform(1 bsl 58) bsl 32}}.

handle_call({registrar, Fun}, From, S) ->
    S#st.registrar ! {trans_all_known, Fun, From},
    {noreply, S};
handle_call({register, Name, Pid, Method}, {FromPid, _}, S) ->
    {reply, yes, ins_name(Name, Pid, Method, FromPid, [], S)};
handle_call({unregister, Name}, _From, S) ->
    {reply, ok, delete_name(Name, S)};
handle_call({set_lock, Id}, {Pid, _}, S) ->
    case can_lock(Id) of
        {true, Holders} ->
            case lists:keymember(Pid, 1, Holders) of
                true -> {reply, true, S};
                false -> {reply, true, insert_lock(Id, Pid, Holders, S)}
            end;
        false ->
            {reply, false, S}
    end;
handle_call({del_lock, Id}, {Pid, _}, S) ->
    {reply, true, handle_del_lock(Id, Pid, S)};
handle_call(get_known, _From, S) ->
    {reply, known_list(0, S), S};
handle_call(get_synced, _From, S) ->
    {reply, S#st.synced, S};
handle_call({sync, Nodes}, From, S) ->
    Pid = start_sync(lists:delete(node(), Nodes) -- S#st.synced, From),
    {noreply, S#st{syncers = [Pid | S#st.syncers]}};
handle_call(get_protocol_version, _From, S) ->
    {reply, ?VSN, S};
handle_call(get_names_ext, _From, S) ->
    {reply, [], S};
handle_call(info, _From, S) ->
    {reply, S, S};
handle_call(stop, _From, S) ->
    {stop, normal, stopped, S};
handle_call(Request, From, S) ->
    logger:log(warning, "The global_name_server received an unexpected message:\n"
               "handle_call(~tp, ~tp, _)\n", [Request, From]),
    {noreply, S}.

handle_cast({init_connect, Vsn, Node, InitMsg}, S) ->
    case Vsn of
        {HisVsn, HisTag} ->
            {noreply, init_connect(min(HisVsn, ?VSN), Node, InitMsg, HisTag, HisVsn, S)};
        T when is_tuple(T), tuple_size(T) > 2 ->
            {noreply, init_connect(?VSN, Node, InitMsg, element(2, T), element(1, T), S)};
        _ ->
            logger:log(info, lists:flatten(io_lib:format(
                               "Illegal global protocol version ~p Node: ~p\n", [Vsn, Node]))),
            {noreply, S}
    end;
handle_cast({lock_is_set, Node, MyTag, LockId}, S) ->
    case get({sync_tag_my, Node}) of
        MyTag ->
            lock_is_set(Node, S#st.resolvers, LockId),
            {noreply, S};
        _ ->
            {noreply, cancel_locker(Node, S, MyTag)}
    end;
handle_cast({exchange, Node, NameList, _NameExtList, MyTag}, S) ->
    case get({sync_tag_my, Node}) of
        MyTag ->
            exchange(Node, NameList, S#st.resolvers),
            {noreply, S};
        _ ->
            {noreply, cancel_locker(Node, S, MyTag)}
    end;
handle_cast({exchange_ops, Node, MyTag, Ops, Resolved}, S) ->
    case get({sync_tag_my, Node}) of
        MyTag ->
            Known = known_list(node_vsn(Node, S), S),
            gen_server:cast({?SERVER, Node},
                            {resolved, node(), Resolved, Known, unused, [],
                             get({sync_tag_his, Node})}),
            case get({save_ops, Node}) of
                {resolved, HisKnown, NamesExt, HisResolved} ->
                    put({save_ops, Node}, Ops),
                    {noreply, resolved(Node, HisResolved, HisKnown, NamesExt, S)};
                undefined ->
                    put({save_ops, Node}, Ops),
                    {noreply, S}
            end;
        _ ->
            {noreply, cancel_locker(Node, S, MyTag)}
    end;
handle_cast({resolved, Node, HisResolved, HisKnown, _Unused, NamesExt, MyTag}, S) ->
    case get({sync_tag_my, Node}) of
        MyTag ->
            case get({save_ops, Node}) of
                Ops when is_list(Ops) ->
                    {noreply, resolved(Node, HisResolved, HisKnown, NamesExt, S)};
                undefined ->
                    put({save_ops, Node}, {resolved, HisKnown, NamesExt, HisResolved}),
                    {noreply, S}
            end;
        _ ->
            {noreply, cancel_locker(Node, S, MyTag)}
    end;
handle_cast({new_nodes, Node, Ops, _NamesExt, Nodes, ExtraInfo}, S0) ->
    {Added, S1} = add_to_known(Nodes, S0),
    sync_others(Added),
    S2 = do_ops(Ops, Node, ExtraInfo, S1),
    S2#st.locker ! {add_to_known, Added},
    {noreply, S2};
handle_cast({in_sync, Node, _IsKnown}, S0) ->
    [P ! {synced, [Node]} || P <- S0#st.syncers],
    Synced = case lists:member(Node, S0#st.synced) of
                 true -> S0#st.synced;
                 false -> [Node | S0#st.synced]
             end,
    S1 = S0#st{known = maps:remove({pending, Node}, S0#st.known), synced = Synced},
    S2 = cancel_locker(Node, S1, get({sync_tag_my, Node})),
    reset_node_state(Node),
    {noreply, S2};
handle_cast({async_del_name, _Name, _Pid}, S) ->
    {noreply, S};
handle_cast({async_del_lock, _ResourceId, _Pid}, S) ->
    {noreply, S};
handle_cast({lock_set, Pid, _Set, _HisKnown, MyTag} = Msg, S) ->
    case get({sync_tag_my, node(Pid)}) of
        MyTag -> S#st.locker ! Msg;
        _ -> ok
    end,
    {noreply, S};
handle_cast({lock_set, _Pid, _Set, _HisKnown} = Msg, S) ->
    S#st.locker ! Msg,
    {noreply, S};
handle_cast(Request, S) ->
    logger:log(warning, "The global_name_server received an unexpected message:\n"
               "handle_cast(~tp, _)\n", [Request]),
    {noreply, S}.

handle_info({'EXIT', Locker, _} = Exit, #st{locker = Locker} = S) ->
    {stop, {locker_died, Exit}, S#st{locker = undefined}};
handle_info({'EXIT', Registrar, _} = Exit, #st{registrar = Registrar} = S) ->
    {stop, {registrar_died, Exit}, S#st{registrar = undefined}};
handle_info({'EXIT', Pid, _}, S) when is_pid(Pid) ->
    {noreply, S#st{syncers = lists:delete(Pid, S#st.syncers)}};
handle_info({nodedown, Node}, S) when Node =:= node() ->
    {noreply, S};
handle_info({nodedown, Node}, S0) ->
    S = nodedown(Node, S0, disconnected),
    {noreply, S#st{known = maps:remove({connection_id, Node}, S#st.known)}};
handle_info({extra_nodedown, Node}, S) ->
    [P ! {nodedown, Node} || P <- S#st.syncers],
    {noreply, nodedown(Node, S, disconnected)};
handle_info({nodeup, Node}, S) when Node =:= node() ->
    {noreply, S};
handle_info({nodeup, Node}, S) ->
    {noreply, nodeup(Node, S)};
handle_info({whereis, Name, From}, S) ->
    gen_server:reply(From, where(Name)),
    {noreply, S};
%% NodeA lost its connection to NodeB: if we know the other one of the two, it must
%% go from us too (it asks to be disconnected), so that no node sees a cluster that
%% others do not.
handle_info({lost_connection, NodeA, XCreA, OpIdA, NodeB} = Msg, #st{pop = true} = S) ->
    Key = {lost_connection, NodeA, NodeB},
    case get(Key) of
        {XCreA, OpId} when OpIdA =< OpId ->
            {noreply, S};
        _ ->
            multicast(Msg, NodeA, S),
            put(Key, {XCreA, OpIdA}),
            Rm = case node() =:= NodeB of
                     true -> NodeA;
                     false -> NodeB
                 end,
            case potentially_known(Rm, S) of
                false ->
                    {noreply, S};
                true ->
                    What = case node_vsn(Rm, S) < 7 of
                               true ->
                                   _ = erlang:disconnect_node(Rm),
                                   "disconnected old";
                               false ->
                                   volatile_send(Rm, {remove_connection, node()}),
                                   "requested disconnect from"
                           end,
                    pop_warning(What, Rm),
                    {noreply, nodedown(Rm, S, remove_connection)}
            end
    end;
handle_info({lost_connection, _, _, _, _}, S) ->
    {noreply, S};
handle_info({remove_connection, Node}, S0) ->
    case potentially_known(Node, S0) of
        false ->
            {noreply, S0};
        true ->
            _ = erlang:disconnect_node(Node),
            S = nodedown(Node, S0, remove_connection),
            pop_warning("disconnected", Node),
            {noreply, S}
    end;
handle_info({timeout, _, _}, S) ->
    {noreply, S};
handle_info({cancel_connect, Node, MyTag}, S0) ->
    case get({sync_tag_my, Node}) of
        MyTag ->
            S1 = cancel_locker(Node, S0, MyTag),
            reset_node_state(Node),
            S2 = S1#st{known = maps:remove({pending, Node}, S1#st.known)},
            {noreply, restart_connect(Node, MyTag, S2)};
        _ ->
            {noreply, S0}
    end;
handle_info({init_connect_ack, Node, HisMyTag, HisHisTag}, S) ->
    MyTag = get({sync_tag_my, Node}),
    case MyTag =:= HisMyTag andalso get({sync_tag_his, Node}) =:= HisHisTag of
        true ->
            {noreply, S};
        false ->
            cancel_connect_message(Node, HisHisTag),
            {noreply, restart_connect(Node, MyTag, S)}
    end;
handle_info({prepare_shutdown, From, Ref}, S) ->
    From ! {Ref, ok},
    {noreply, S};
handle_info({'DOWN', Ref, process, _Pid, _Info}, S0) ->
    S1 = delete_locks_of(Ref, S0),
    {noreply, del_name(Ref, S1)};
handle_info(Message, S) ->
    logger:log(warning, "The global_name_server received an unexpected message:\n"
               "handle_info(~tp, _)\n", [Message]),
    {noreply, S}.

terminate(_Reason, _S) ->
    ok.

code_change(_OldVsn, S, _Extra) ->
    {ok, S}.

%% ---------------------------------------------------------------------------
%% Connecting to a node

%% A new node: our tag for this connection, init_connect to its server with our
%% locker, and a resolver waiting for its names.
nodeup(Node, #st{known = Known, resolvers = Rs} = S) ->
    case maps:is_key(Node, Known) orelse lists:keymember(Node, 1, Rs) of
        true ->
            S;
        false ->
            resend_pre_connect(Node),
            MyTag = erlang:unique_integer([monotonic]),
            put({sync_tag_my, Node}, MyTag),
            Locker = {locker, no_longer_a_pid, known_list(?VSN, S), S#st.locker},
            gen_server:cast({?SERVER, Node}, {init_connect, {?VSN, MyTag}, node(), Locker}),
            Resolver = spawn(fun() -> resolver(Node, MyTag) end),
            S#st{resolvers = [{Node, MyTag, Resolver} | Rs]}
    end.

%% Its init_connect: its locker goes to ours once we have seen the node come up
%% (else it waits for our nodeup).
init_connect(Vsn, Node, InitMsg, HisTag, HisVsn, S0) ->
    S1 = case maps:is_key({pending, Node}, S0#st.known) of
             false ->
                 S0;
             true ->
                 cancel_connect_message(Node, HisTag),
                 restart_connect(Node, get({sync_tag_my, Node}), S0)
         end,
    put({prot_vsn, Node}, Vsn),
    put({sync_tag_his, Node}, HisTag),
    case lists:keyfind(Node, 1, S1#st.resolvers) of
        {Node, MyTag, _Resolver} ->
            {locker, _, _, HisLocker} = InitMsg,
            S1#st.locker ! {his_the_locker, HisLocker, {Vsn, []}, HisTag, MyTag},
            volatile_send(Node, {init_connect_ack, node(), HisTag, MyTag}),
            S1#st{known = (S1#st.known)#{{pending, Node} => HisVsn}};
        false ->
            put({pre_connect, Node}, {Vsn, InitMsg, HisTag}),
            S1
    end.

resend_pre_connect(Node) ->
    case erase({pre_connect, Node}) of
        {Vsn, InitMsg, HisTag} ->
            gen_server:cast(self(), {init_connect, {Vsn, HisTag}, Node, InitMsg});
        _ ->
            ok
    end.

restart_connect(Node, MyTag, S0) ->
    S1 = cancel_locker(Node, S0, MyTag),
    reset_node_state(Node),
    S2 = S1#st{known = maps:remove({pending, Node}, S1#st.known)},
    case is_integer(MyTag) of
        true -> nodeup(Node, S2);
        false -> S2
    end.

%% Our locker holds the lock of both partitions: our names go to the node, and its
%% names (once here) to our resolver.
lock_is_set(Node, Resolvers, LockId) ->
    gen_server:cast({?SERVER, Node},
                    {exchange, node(), names_list(), [], get({sync_tag_his, Node})}),
    put({lock_id, Node}, LockId),
    case get({wait_lock, Node}) of
        {exchange, NameList} ->
            put({wait_lock, Node}, lock_is_set),
            exchange(Node, NameList, Resolvers);
        undefined ->
            put({wait_lock, Node}, lock_is_set)
    end.

exchange(Node, NameList, Resolvers) ->
    case erase({wait_lock, Node}) of
        lock_is_set ->
            {Node, _Tag, Resolver} = lists:keyfind(Node, 1, Resolvers),
            Resolver ! {resolve, NameList, Node};
        undefined ->
            put({wait_lock, Node}, {exchange, NameList})
    end.

%% Both sides have resolved: apply our operations and theirs, tell the nodes we
%% knew (when the locker lets go), and know the node and the nodes it knew.
resolved(Node, HisResolved, HisKnown, _NamesExt, S0) ->
    Ops = erase({save_ops, Node}) ++ HisResolved,
    Known = S0#st.known,
    Synced = S0#st.synced,
    NewNodes = node_vsn_list([Node | HisKnown], S0),
    HisKnownNodes = node_list(HisKnown),
    sync_others(HisKnownNodes),
    ExtraInfo = [{vsn, get({prot_vsn, Node})}, {lock, get({lock_id, Node})}],
    S1 = do_ops(Ops, node(), ExtraInfo, S0),
    [P ! {synced, [Node]} || P <- S1#st.syncers],
    S2 = lists:foldl(fun(N, AccS) ->
                             cancel_resolved(N, fun(Tag, CS) -> cancel_locker(N, CS, Tag) end, AccS)
                     end, S1, HisKnownNodes),
    NewNodesMsg = {new_nodes, node(), Ops, [], NewNodes, ExtraInfo},
    Tell = fun() ->
                   maps:foreach(fun(N, V) when is_atom(N), V >= 7 ->
                                        gen_server:cast({?SERVER, N}, NewNodesMsg);
                                   (N, _) when is_atom(N) ->
                                        gen_server:cast({?SERVER, N},
                                                        {new_nodes, node(), Ops, [],
                                                         node_list(NewNodes), ExtraInfo});
                                   (_, _) ->
                                        ok
                                end, Known)
           end,
    S3 = cancel_resolved(Node, fun(Tag, CS) -> cancel_locker(Node, CS, Tag, Tell) end, S2),
    {Added, S4} = add_to_known(NewNodes, S3),
    S4#st.locker ! {add_to_known, Added},
    S4#st{synced = [Node | Synced]}.

cancel_resolved(Node, Cancel, S0) ->
    Tag = get({sync_tag_my, Node}),
    S1 = S0#st{known = maps:remove({pending, Node}, S0#st.known)},
    S2 = Cancel(Tag, S1),
    reset_node_state(Node),
    S2.

%% Decides the names another node brings: {Ops for us, Ops for it}.
resolver(Node, Tag) ->
    receive
        {resolve, NameList, Node} ->
            {Ops, Resolved} = exchange_names(NameList, Node, [], []),
            gen_server:cast(?SERVER, {exchange_ops, Node, Tag, Ops, Resolved}),
            exit(normal);
        _ ->
            resolver(Node, Tag)
    end.

exchange_names([{Name, Pid, Method} | Tail], Node, Ops, Res) ->
    case ets:lookup(global_names, Name) of
        [{Name, Pid, _, _}] ->
            exchange_names(Tail, Node, Ops, Res);
        [{Name, Pid2, Method2, _}] when node() < Node ->
            %% A clash: the node of our pid decides with our pid's method.
            case rpc:call(node(Pid2), ?MODULE, resolve_it, [Method2, Name, Pid, Pid2]) of
                Pid ->
                    exchange_names(Tail, Node, [{insert, {Name, Pid, Method}} | Ops], Res);
                Pid2 ->
                    exchange_names(Tail, Node, Ops, [{insert, {Name, Pid2, Method2}} | Res]);
                none ->
                    Op = {delete, Name},
                    exchange_names(Tail, Node, [Op | Ops], [Op | Res]);
                {badrpc, Badrpc} ->
                    logger:log(info, "global: badrpc ~w received when conflicting name ~tw"
                               " was found\n", [Badrpc, Name]),
                    exchange_names(Tail, Node, [{insert, {Name, Pid, Method}} | Ops], Res);
                Else ->
                    logger:log(info, "global: Resolve method ~w for conflicting name ~tw"
                               " returned ~tw\n", [Method, Name, Else]),
                    Op = {delete, Name},
                    exchange_names(Tail, Node, [Op | Ops], [Op | Res])
            end;
        [_] ->
            %% The other node resolves this one.
            exchange_names(Tail, Node, Ops, Res);
        [] ->
            exchange_names(Tail, Node, [{insert, {Name, Pid, Method}} | Ops], Res)
    end;
exchange_names([], _Node, Ops, Res) ->
    {Ops, Res}.

do_ops(Ops, ConnNode, ExtraInfo, S0) ->
    S1 = lists:foldl(fun({insert, {Name, Pid, Method}}, S) ->
                             ins_name(Name, Pid, Method, ConnNode, ExtraInfo, S);
                        (_, S) ->
                             S
                     end, S0, Ops),
    lists:foldl(fun({delete, Name}, S) -> delete_name(Name, S);
                   (_, S) -> S
                end, S1, Ops).

%% The nodes the peer knew: tell each that we are in sync (connecting to it).
sync_others(Nodes) ->
    [spawn(fun() -> sync_other(N) end) || N <- Nodes],
    ok.

sync_other(Node) ->
    erlang:monitor_node(Node, true, [allow_passive_connect]),
    receive
        {nodedown, Node} ->
            logger:log(warning, "'global' at ~w failed to connect to ~w\n", [node(), Node]),
            ?SERVER ! {extra_nodedown, Node}
    after 0 ->
            gen_server:cast({?SERVER, Node}, {in_sync, node(), true})
    end.

%% Why: disconnected (we saw it go: the others hear of it unless we had it removed)
%% or remove_connection (we have it removed).
nodedown(Node, S0, Why) ->
    S = cancel_locker(Node, S0, get({sync_tag_my, Node})),
    S#st.locker ! {remove_from_known, Node},
    reset_node_state(Node),
    Known0 = S#st.known,
    Known1 = case Why of
                 remove_connection ->
                     Known0#{{removing, Node} => yes};
                 disconnected ->
                     case maps:is_key({removing, Node}, Known0) of
                         true ->
                             maps:remove({removing, Node}, Known0);
                         false ->
                             lost_connection(Node, S0),
                             Known0
                     end
             end,
    Known = maps:remove(Node, maps:remove({pending, Node}, Known1)),
    S#st{known = Known, synced = lists:delete(Node, S#st.synced)}.

lost_connection(Node, #st{pop = true, xcreation = X} = S) ->
    multicast({lost_connection, node(), X, erlang:unique_integer([monotonic]), Node}, Node, S);
lost_connection(_Node, _S) ->
    ok.

%% To every node known or being synced (protocol 7 or later) but Except.
multicast(Msg, Except, #st{known = Known}) ->
    maps:foreach(fun(N, V) when is_atom(N), N =/= Except, V >= 7 -> volatile_send(N, Msg);
                    ({pending, N}, V) when N =/= Except, V >= 7 -> volatile_send(N, Msg);
                    (_, _) -> ok
                 end, Known).

potentially_known(Node, #st{known = Known}) ->
    maps:is_key(Node, Known) orelse maps:is_key({pending, Node}, Known).

pop_warning(What, Node) ->
    logger:log(warning, "'global' at node ~p ~s node ~p in order to prevent overlapping "
               "partitions", [node(), What, Node]).

cancel_locker(Node, S, Tag) ->
    cancel_locker(Node, S, Tag, no_fun).

cancel_locker(Node, S, Tag, Fun) ->
    S#st.locker ! {cancel, Node, Tag, Fun},
    send_cancel_connect(Node, Tag, S),
    case lists:keyfind(Node, 1, S#st.resolvers) of
        {_, Tag, Resolver} ->
            exit(Resolver, kill),
            S#st{resolvers = lists:keydelete(Node, 1, S#st.resolvers)};
        _ ->
            S
    end.

send_cancel_connect(Node, MyTag, #st{known = Known}) ->
    case maps:is_key({pending, Node}, Known) andalso get({sync_tag_my, Node}) =:= MyTag of
        true -> cancel_connect_message(Node, get({sync_tag_his, Node}));
        false -> ok
    end.

cancel_connect_message(Node, HisTag) ->
    volatile_send(Node, {cancel_connect, node(), HisTag}).

volatile_send(Node, Msg) ->
    _ = (catch erlang:send({?SERVER, Node}, Msg, [noconnect])),
    ok.

reset_node_state(Node) ->
    [erase({K, Node}) || K <- [wait_lock, save_ops, pre_connect, prot_vsn, sync_tag_my,
                                sync_tag_his, lock_id]],
    ok.

node_vsn(Node, _S) when Node =:= node() -> ?VSN;
node_vsn(Node, #st{known = Known}) ->
    case maps:find(Node, Known) of
        {ok, V} -> V;
        error -> maps:get({pending, Node}, Known, 0)
    end.

node_list(L) -> [case X of {N, _} -> N; N -> N end || X <- L].

node_vsn_list(L, S) ->
    [case X of
         {N, 0} -> {N, node_vsn(N, S)};
         {N, V} -> {N, V};
         N -> {N, node_vsn(N, S)}
     end || X <- L].

%% The synced nodes, with their protocol versions for a peer of version 7 or later.
known_list(Vsn, #st{known = Known}) when Vsn < 7 ->
    [N || {N, _} <- maps:to_list(Known), is_atom(N)];
known_list(_Vsn, #st{known = Known}) ->
    [{N, V} || {N, V} <- maps:to_list(Known), is_atom(N)].

add_to_known(Nodes, #st{known = Known0} = S) ->
    Me = node(),
    {Added, Known} =
        lists:foldl(fun(X, {A, K}) ->
                            {N, V} = case X of {N0, V0} -> {N0, V0}; N0 -> {N0, 0} end,
                            case N of
                                Me -> {A, K};
                                _ ->
                                    case maps:find(N, K) of
                                        error -> {[N | A], K#{N => V}};
                                        {ok, Old} when Old >= 0 -> {A, K};
                                        {ok, _} -> {A, K#{N => V}}
                                    end
                            end
                    end, {[], Known0}, Nodes),
    {Added, S#st{known = Known}}.

names_list() ->
    ets:select(global_names, [{{'$1', '$2', '$3', '_'}, [], [{{'$1', '$2', '$3'}}]}]).

known() ->
    gen_server:call(?SERVER, get_known, infinity).

start_sync(Nodes, From) ->
    spawn_link(fun() ->
                       [monitor_node(N, true) || N <- Nodes],
                       sync_loop(Nodes, From)
               end).

sync_loop([], From) ->
    gen_server:reply(From, ok);
sync_loop(Nodes, From) ->
    receive
        {nodedown, Node} ->
            monitor_node(Node, false),
            sync_loop(lists:delete(Node, Nodes), From);
        {synced, Synced} ->
            [monitor_node(N, false) || N <- Synced],
            sync_loop(Nodes -- Synced, From)
    end.

%% ---------------------------------------------------------------------------
%% The name table (written by the server only)

ins_name(Name, Pid, Method, FromPidOrNode, ExtraInfo, S0) ->
    S1 = case ets:lookup(global_names, Name) of
             [{Name, OldPid, _, OldRef}] -> forget_name(Name, OldPid, OldRef, S0);
             [] -> S0
         end,
    Ref = erlang:monitor(process, Pid),
    true = ets:insert(global_names, {Name, Pid, Method, Ref}),
    true = ets:insert(global_pid_names, [{Pid, Name}, {Ref, Name}]),
    %% A registration made without the lock (it was released meanwhile) is undone.
    case lock_still_set(FromPidOrNode, ExtraInfo, S1) of
        true -> S1;
        false -> delete_name(Name, S1)
    end.

lock_still_set(PidOrNode, ExtraInfo, S) ->
    case ets:lookup(global_locks, ?ALL) of
        [{?ALL, _Requester, Holders}] when is_pid(PidOrNode) ->
            lists:keymember(PidOrNode, 1, Holders);
        [{?ALL, Requester, _Holders}] when is_atom(PidOrNode) ->
            case lists:keyfind(lock, 1, ExtraInfo) of
                {lock, {?ALL, LockId}} -> Requester =:= LockId;
                _ -> false
            end;
        [] ->
            not S#st.lock_down
    end.

delete_name(Name, S) ->
    case ets:lookup(global_names, Name) of
        [{Name, Pid, _, Ref}] ->
            true = ets:delete(global_names, Name),
            forget_name(Name, Pid, Ref, S);
        [] ->
            S
    end.

forget_name(Name, Pid, Ref, S) ->
    true = erlang:demonitor(Ref, [flush]),
    true = ets:delete_object(global_pid_names, {Pid, Name}),
    true = ets:delete_object(global_pid_names, {Ref, Name}),
    S.

%% The name whose process (monitored by Ref) went.
del_name(Ref, S) ->
    case [Name || {_, Name} <- ets:lookup(global_pid_names, Ref),
                  {_, _, _, Ref1} <- ets:lookup(global_names, Name), Ref1 =:= Ref] of
        [Name] -> delete_name(Name, S);
        [] -> S
    end.

%% ---------------------------------------------------------------------------
%% The lock table (written by the server only)

insert_lock({Resource, Requester}, Pid, Holders, S) ->
    Ref = erlang:monitor(process, Pid),
    true = ets:insert(global_pid_ids, [{Pid, Resource}, {Ref, Resource}]),
    true = ets:insert(global_locks, {Resource, Requester, [{Pid, Ref} | Holders]}),
    S.

handle_del_lock({Resource, Requester}, Pid, S) ->
    case ets:lookup(global_locks, Resource) of
        [{Resource, Requester, Holders}] -> remove_lock(Resource, Requester, Pid, Holders, false, S);
        _ -> S
    end.

remove_lock(Resource, Requester, Pid, Holders0, Down, S) ->
    Holders = case lists:keyfind(Pid, 1, Holders0) of
                  {Pid, Ref} ->
                      true = erlang:demonitor(Ref, [flush]),
                      true = ets:delete_object(global_pid_ids, {Ref, Resource}),
                      lists:keydelete(Pid, 1, Holders0);
                  false ->
                      Holders0
              end,
    true = ets:delete_object(global_pid_ids, {Pid, Resource}),
    case Holders of
        [] ->
            true = ets:delete(global_locks, Resource),
            case Resource of
                ?ALL -> S#st{lock_down = Down};
                _ -> S
            end;
        _ ->
            true = ets:insert(global_locks, {Resource, Requester, Holders}),
            S
    end.

%% The locks held by the process monitored by Ref (it went).
delete_locks_of(Ref, S0) ->
    Locks = [L || {_, Resource} <- ets:lookup(global_pid_ids, Ref),
                  {_, _, Holders} = L <- ets:lookup(global_locks, Resource),
                  lists:keymember(Ref, 2, Holders)],
    lists:foldl(fun({Resource, Requester, Holders}, S) ->
                        {Pid, Ref} = lists:keyfind(Ref, 2, Holders),
                        remove_lock(Resource, Requester, Pid, Holders, true, S)
                end, S0, Locks).

%% ---------------------------------------------------------------------------
%% The registrar: name operations one at a time, each under the lock
%% {global, Registrar} on every known node.

registrar_loop() ->
    receive
        {trans_all_known, Fun, From} ->
            gen_server:reply(From, trans_all_known(Fun));
        {'EXIT', _, _} ->
            ok;
        Other ->
            unexpected(Other, register)
    end,
    registrar_loop().

trans_all_known(Fun) ->
    Id = {?ALL, self()},
    Nodes = lock_known(Id, 0),
    try Fun(Nodes)
    after release(Id, Nodes)
    end.

%% The boss (the greatest node name) first, so that two registrars never hold
%% halves of the cluster each.
lock_known(Id, Times) ->
    Known = known(),
    Nodes = [node() | Known],
    Boss = lists:max(Nodes),
    case lock_on(Id, [Boss]) of
        true ->
            case lock_on(Id, Nodes) andalso (known() -- Known) =:= [] of
                true ->
                    Nodes;
                false ->
                    del_lock(Id, [Boss]),
                    random_sleep(Times),
                    lock_known(Id, Times + 1)
            end;
        false ->
            random_sleep(Times),
            lock_known(Id, Times + 1)
    end.

release(Id, Nodes) ->
    Boss = lists:max(Nodes),
    del_lock(Id, lists:delete(Boss, Nodes)),
    del_lock(Id, [Boss]).

unexpected(Message, What) ->
    logger:log(warning, "The global_name_server ~w process received an unexpected "
               "message:\n~tp\n", [What, Message]).

%% ---------------------------------------------------------------------------
%% The locker: for each node connecting, the lock {global, [Locker, HisLocker]}
%% over both partitions, taken together with that node's locker.

-record(lk, {local = [],      % peers on this host
             remote = [],     % other peers
             known = [],
             boss,
             just_synced = false}).
-record(peer, {node, locker, vsn, my_tag, his_tag}).

locker_init() ->
    process_flag(trap_exit, true),
    locker_loop(locker_known({add, known()}, #lk{})).

locker_loop(S) ->
    receive
        Message -> locker_message(Message, S)
    after 0 ->
            Timeout = if
                          S#lk.local =:= [], S#lk.remote =:= [] -> infinity;
                          S#lk.just_synced -> 0;
                          S#lk.known =:= [] -> 200;
                          true -> min(1000 + 100 * length(S#lk.known), 3000)
                      end,
            S1 = S#lk{just_synced = false},
            receive
                Message -> locker_message(Message, S1)
            after Timeout ->
                    case global_lock_set() of
                        true -> locker_loop(S1);
                        false -> select_peer(S1)
                    end
            end
    end.

locker_message({his_the_locker, HisLocker, {HisVsn, _}, HisTag, MyTag}, S) ->
    P = #peer{node = node(HisLocker), locker = HisLocker, vsn = HisVsn,
              my_tag = MyTag, his_tag = HisTag},
    case same_host(P#peer.node) of
        true -> locker_loop(S#lk{local = [P | S#lk.local]});
        false -> locker_loop(S#lk{remote = [P | S#lk.remote]})
    end;
locker_message({cancel, _Node, undefined, _}, S) ->
    locker_loop(S);
locker_message({cancel, Node, Tag, _}, S) ->
    locker_loop(forget_peer(Node, Tag, S));
locker_message({lock_set, Pid, true, _HisKnown, MyTag}, S) ->
    %% The peer's locker took the lock first: take it on our side too.
    Node = node(Pid),
    case find_peer(Node, S) of
        #peer{my_tag = MyTag, vsn = HisVsn, his_tag = HisTag} ->
            LockId = lock_id(Pid),
            {Ok, S1} = lock_safely(LockId, [], S),
            send_lock_set(S1, Ok, Pid, HisVsn, HisTag),
            case Ok of
                true ->
                    gen_server:cast(?SERVER, {lock_is_set, Node, MyTag, LockId}),
                    wait_cancel(Node, LockId, MyTag, [node() | S1#lk.known]),
                    locker_loop(forget_peer(Node, MyTag, S1#lk{just_synced = true}));
                false ->
                    locker_loop(S1#lk{just_synced = false})
            end;
        _ ->
            send_lock_set(S, false, Pid, 5, 0),
            locker_loop(S)
    end;
locker_message({lock_set, Pid, true, HisKnown}, S) ->
    case find_peer(node(Pid), S) of
        #peer{my_tag = MyTag} -> locker_message({lock_set, Pid, true, HisKnown, MyTag}, S);
        false -> send_lock_set(S, false, Pid, 5, 0), locker_loop(S)
    end;
locker_message({lock_set, _Pid, false, _, _}, S) ->
    locker_loop(S);
locker_message({lock_set, _Pid, false, _}, S) ->
    locker_loop(S);
locker_message({add_to_known, Nodes}, S) ->
    locker_loop(locker_known({add, Nodes}, S));
locker_message({remove_from_known, Node}, S) ->
    locker_loop(locker_known({remove, Node}, S));
locker_message({'EXIT', _, _}, S) ->
    locker_loop(S);
locker_message(Other, S) ->
    unexpected(Other, locker),
    locker_loop(S).

%% Our turn: one peer at random (those on this host first), the lock on the boss,
%% on us and the peer, then on every node we know; the peer's locker is told.
select_peer(S) ->
    Remote = S#lk.local =:= [],
    Peers = [P || P <- case Remote of true -> S#lk.remote; false -> S#lk.local end,
                  not lists:member(P#peer.node, S#lk.known)],
    S1 = case Remote of
             true -> S#lk{remote = Peers};
             false -> S#lk{local = Peers}
         end,
    case Peers of
        [] ->
            locker_loop(S1);
        _ ->
            P = lists:nth(1 + abs(erlang:monotonic_time() bxor erlang:unique_integer())
                          rem length(Peers), Peers),
            #peer{locker = HisLocker, vsn = HisVsn, node = Node, my_tag = MyTag,
                  his_tag = HisTag} = P,
            LockId = lock_id(HisLocker),
            case lock_safely(LockId, [Node], S1) of
                {true, S2} ->
                    Known = [node(), Node | S2#lk.known],
                    send_lock_set(S2, true, HisLocker, HisVsn, HisTag),
                    locker_loop(wait_lock_set(S2, P, MyTag, Known, LockId));
                {false, S2} ->
                    locker_loop(S2)
            end
    end.

send_lock_set(S, Ok, HisLocker, Vsn, HisTag) ->
    Msg = case Vsn < 8 of
              true -> {lock_set, self(), Ok, S#lk.known};
              false -> {lock_set, self(), Ok, S#lk.known, HisTag}
          end,
    case Vsn < 6 of
        true -> HisLocker ! Msg;
        false -> gen_server:cast({?SERVER, node(HisLocker)}, Msg)
    end,
    ok.

lock_id(HisLocker) ->
    {?ALL, lists:sort([self(), HisLocker])}.

lock_safely(LockId, Extra, S0) ->
    First = lists:delete(nonode@nohost, [S0#lk.boss]),
    case [node()] =:= First orelse can_lock(LockId) =/= false of
        false ->
            {false, S0};
        true ->
            case set_lock(LockId, First, 0) of
                false ->
                    {false, S0};
                true ->
                    S = locker_known(S0),
                    Second = lists:delete(nonode@nohost, [node() | Extra] -- First),
                    case set_lock(LockId, Second, 0) of
                        false ->
                            del_lock(LockId, First),
                            {false, S};
                        true ->
                            case set_lock(LockId, S#lk.known -- First, 0) of
                                true ->
                                    {true, S};
                                false ->
                                    del_lock(LockId, First ++ Second),
                                    {false, S}
                            end
                    end
            end
    end.

%% The peer's answer to our lock_set.
wait_lock_set(S, #peer{node = Node} = P, MyTag, Known, LockId) ->
    receive
        {lock_set, Q, true, _, MyTag} when node(Q) =:= Node ->
            locked(S, P, MyTag, Known, LockId);
        {lock_set, Q, true, _, _Old} when node(Q) =:= Node ->
            wait_lock_set(S, P, MyTag, Known, LockId);
        {lock_set, Q, true, _} when node(Q) =:= Node ->
            locked(S, P, MyTag, Known, LockId);
        {lock_set, Q, false, _, MyTag} when node(Q) =:= Node ->
            release(LockId, Known),
            S;
        {lock_set, Q, false, _, _Old} when node(Q) =:= Node ->
            wait_lock_set(S, P, MyTag, Known, LockId);
        {lock_set, Q, false, _} when node(Q) =:= Node ->
            release(LockId, Known),
            S;
        {cancel, Node, MyTag, Fun} ->
            call_fun(Fun),
            release(LockId, Known),
            forget_peer(Node, MyTag, S)
    end.

locked(S, #peer{node = Node} = P, MyTag, Known, LockId) ->
    gen_server:cast(?SERVER, {lock_is_set, Node, MyTag, LockId}),
    wait_cancel(Node, LockId, MyTag, Known),
    S#lk{just_synced = true, local = lists:delete(P, S#lk.local),
         remote = lists:delete(P, S#lk.remote)}.

%% The lock is held until the server has exchanged the names (or the node went).
wait_cancel(Node, LockId, MyTag, Known) ->
    receive
        {cancel, Node, MyTag, Fun} ->
            call_fun(Fun),
            release(LockId, Known)
    end.

call_fun(no_fun) -> ok;
call_fun(Fun) -> Fun().

locker_known(S) ->
    receive
        {add_to_known, Nodes} -> locker_known(locker_known({add, Nodes}, S));
        {remove_from_known, Node} -> locker_known(locker_known({remove, Node}, S))
    after 0 ->
            S
    end.

locker_known({add, Nodes}, S) ->
    boss(S#lk{known = Nodes ++ S#lk.known});
locker_known({remove, Node}, S) ->
    boss(S#lk{known = lists:delete(Node, S#lk.known)}).

boss(S) ->
    S#lk{boss = lists:max([node() | S#lk.known])}.

find_peer(Node, S) ->
    lists:keyfind(Node, #peer.node, S#lk.local ++ S#lk.remote).

forget_peer(Node, Tag, S) ->
    Keep = fun(#peer{node = N, my_tag = T}) -> not (N =:= Node andalso T =:= Tag) end,
    S#lk{local = lists:filter(Keep, S#lk.local), remote = lists:filter(Keep, S#lk.remote)}.

same_host(Node) ->
    {ok, Host} = inet:gethostname(),
    case string:split(atom_to_list(Node), "@") of
        [_, Host] -> true;
        _ -> false
    end.

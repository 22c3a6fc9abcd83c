%% gen: what the OTP behaviours share. Starting a behaviour process through proc_lib
%% (with a {local, N}, {global, N} or {via, M, N} name), the synchronous call protocol
%% ({Label, {From, Tag}, Request} answered by {Tag, Reply}, with a monitor on the
%% server and an alias so that a late reply after a timeout is dropped), the
%% asynchronous request ids, and the helpers for names, debug options and status.
%%
%% do_call/4 and init_it/6,7 carry -file attributes so that their frames (in a
%% client's stack trace, in exit reasons) have OTP 25's line numbers.
-module(gen).

-export([start/5, start/6, debug_options/2, hibernate_after/1,
         name/1, unregister_name/1, get_proc_name/1, get_parent/0,
         call/3, call/4, reply/2,
         send_request/3, send_request/5,
         wait_response/2, receive_response/2, check_response/2,
         wait_response/3, receive_response/3, check_response/3,
         reqids_new/0, reqids_size/1, reqids_add/3, reqids_to_list/1,
         stop/1, stop/3]).
-export([init_it/6, init_it/7]).
-export([format_status_header/2, format_status/4]).

-define(MAX_INT_TIMEOUT, 4294967295).

%% ---------------------------------------------------------------------------
%% Starting

-file("gen.erl", 103).
start(GenMod, LinkP, Name, Mod, Args, Options) ->
    case where(Name) of
        undefined -> do_spawn(GenMod, LinkP, Name, Mod, Args, Options);
        Pid -> {error, {already_started, Pid}}
    end.

start(GenMod, LinkP, Mod, Args, Options) ->
    do_spawn(GenMod, LinkP, Mod, Args, Options).

%% Without a name the init_it/6 arguments, with one init_it/7's. A process started
%% without link gets 'self' as its parent, as in OTP.
do_spawn(GenMod, LinkP, Mod, Args, Options) ->
    spawn_it(LinkP, GenMod, [Mod, Args, Options], Options).

do_spawn(GenMod, LinkP, Name, Mod, Args, Options) ->
    spawn_it(LinkP, GenMod, [Name, Mod, Args, Options], Options).

spawn_it(link, GenMod, Rest, Options) ->
    proc_lib:start_link(?MODULE, init_it, [GenMod, self(), self() | Rest],
                        timeout(Options), spawn_opts(Options));
spawn_it(monitor, GenMod, Rest, Options) ->
    monitor_return(proc_lib:start_monitor(?MODULE, init_it, [GenMod, self(), self() | Rest],
                                          timeout(Options), spawn_opts(Options)));
spawn_it(_, GenMod, Rest, Options) ->
    proc_lib:start(?MODULE, init_it, [GenMod, self(), self | Rest],
                   timeout(Options), spawn_opts(Options)).

monitor_return({{ok, Pid}, Mon}) when is_pid(Pid), is_reference(Mon) ->
    {ok, {Pid, Mon}};
monitor_return({Error, Mon}) when is_reference(Mon) ->
    %% the process is gone: take its 'DOWN' out of the mailbox
    receive
        {'DOWN', Mon, process, _Pid, _Reason} -> ok
    end,
    Error.

-file("gen.erl", 187).
init_it(GenMod, Starter, Parent, Mod, Args, Options) ->
    init_it2(GenMod, Starter, Parent, self(), Mod, Args, Options).

init_it(GenMod, Starter, Parent, Name, Mod, Args, Options) ->
    case register_name(Name) of
        true ->
            init_it2(GenMod, Starter, Parent, Name, Mod, Args, Options);
        {false, Pid} ->
            proc_lib:init_ack(Starter, {error, {already_started, Pid}})
    end.

init_it2(GenMod, Starter, Parent, Name, Mod, Args, Options) ->
    GenMod:init_it(Starter, Parent, Name, Mod, Args, Options).

%% ---------------------------------------------------------------------------
%% Calls

-file("gen.erl", 210).
call(Process, Label, Request) ->
    call(Process, Label, Request, 5000).

%% a pid needs no lookup
call(Process, Label, Request, Timeout) when is_pid(Process),
  Timeout =:= infinity orelse is_integer(Timeout) andalso Timeout >= 0 ->
    do_call(Process, Label, Request, Timeout);
call(Process, Label, Request, Timeout)
  when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    Fun = fun(Pid) -> do_call(Pid, Label, Request, Timeout) end,
    do_for_proc(Process, Fun).

-file("gen.erl", 224).
do_call(Process, _Label, _Request, _Timeout) when Process =:= self() ->
    exit(calling_self);
do_call(Process, Label, Request, infinity)
  when (is_pid(Process)
        andalso (node(Process) == node()))
       orelse (element(2, Process) == node()
               andalso is_atom(element(1, Process))
               andalso (tuple_size(Process) =:= 2)) ->
    Mref = erlang:monitor(process, Process),
    %% A local server and no timeout: the monitor's reference is the tag.
    %% Nothing can come after the reply or the 'DOWN': no alias needed.
    %% (BEAM shows a waiting caller at the send's line: the receive is there too.)
    Process ! {Label, {self(), Mref}, Request}, receive
        {Mref, Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)

    end;
do_call(Process, Label, Request, Timeout) when is_atom(Process) =:= false ->
    Mref = erlang:monitor(process, Process, [{alias, demonitor}]),

    Tag = [alias | Mref],

    %% The alias is deactivated by the demonitor at the timeout, so a
    %% reply that comes later never reaches the caller's mailbox.
    %% 'noconnect': a remote server is reached over the connection the
    %% monitor uses, no new connection is made.
    %%
    %%
    erlang:send(Process, {Label, {self(), Tag}, Request}, [noconnect]), receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, noconnection} ->
            Node = get_node(Process),
            exit({nodedown, Node});
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    after Timeout ->
            erlang:demonitor(Mref, [flush]),
            receive
                {[alias | Mref], Reply} ->
                    {ok, Reply}
            after 0 ->
                    exit(timeout)
            end
    end.

-file("gen.erl", 290).
get_node({_S, N}) when is_atom(N) -> N;
get_node(Pid) when is_pid(Pid) -> node(Pid).

reply({_To, [alias | Alias] = Tag}, Reply) when is_reference(Alias) ->
    Alias ! {Tag, Reply},
    ok;
reply({_To, [[alias | Alias] | _] = Tag}, Reply) when is_reference(Alias) ->
    Alias ! {Tag, Reply},
    ok;
reply({To, Tag}, Reply) ->
    try To ! {Tag, Reply}, ok catch _:_ -> ok end.

%% ---------------------------------------------------------------------------
%% Asynchronous requests

send_request(Process, Tag, Request) when is_pid(Process) ->
    do_send_request(Process, Tag, Request);
send_request(Process, Tag, Request) ->
    Fun = fun(Pid) -> do_send_request(Pid, Tag, Request) end,
    try do_for_proc(Process, Fun)
    catch exit:Reason ->
            %% no such process: the answer is a 'DOWN' already waiting
            Mref = erlang:make_ref(),
            self() ! {'DOWN', Mref, process, Process, Reason},
            Mref
    end.

send_request(Process, Tag, Request, Label, ReqIdCol) when is_map(ReqIdCol) ->
    maps:put(send_request(Process, Tag, Request), Label, ReqIdCol).

do_send_request(Process, Tag, Request) ->
    ReqId = erlang:monitor(process, Process, [{alias, demonitor}]),
    _ = erlang:send(Process, {Tag, {self(), [alias | ReqId]}, Request}, [noconnect]),
    ReqId.

-file("gen.erl", 325).
wait_response(ReqId, Timeout) ->
    TMO = timeout_value(Timeout), receive
        {[alias | ReqId], Reply} ->
            erlang:demonitor(ReqId, [flush]),
            {reply, Reply};
        {'DOWN', ReqId, _, Object, Reason} ->
            {error, {Reason, Object}}
    after TMO ->
            timeout
    end.

wait_response(ReqIdCol, Timeout, Delete) when map_size(ReqIdCol) == 0,
                                              is_boolean(Delete) ->
    _ = timeout_value(Timeout),
    no_request;
wait_response(ReqIdCol, Timeout, Delete) when is_map(ReqIdCol), is_boolean(Delete) ->
    TMO = timeout_value(Timeout),
    receive
        {[alias | ReqId], _} = Msg when is_map_key(ReqId, ReqIdCol) ->
            collection_result(Msg, ReqIdCol, Delete);
        {'DOWN', ReqId, _, _, _} = Msg when is_map_key(ReqId, ReqIdCol) ->
            collection_result(Msg, ReqIdCol, Delete)
    after TMO ->
            timeout
    end.

receive_response(ReqId, Timeout) ->
    TMO = timeout_value(Timeout),
    receive
        {[alias | ReqId], Reply} ->
            erlang:demonitor(ReqId, [flush]),
            {reply, Reply};
        {'DOWN', ReqId, _, Object, Reason} ->
            {error, {Reason, Object}}
    after TMO ->
            erlang:demonitor(ReqId, [flush]),
            receive
                {[alias | ReqId], Reply} -> {reply, Reply}
            after 0 -> timeout
            end
    end.

receive_response(ReqIdCol, Timeout, Delete) when map_size(ReqIdCol) == 0,
                                                 is_boolean(Delete) ->
    _ = timeout_value(Timeout),
    no_request;
receive_response(ReqIdCol, Timeout, Delete) when is_map(ReqIdCol), is_boolean(Delete) ->
    TMO = timeout_value(Timeout),
    receive
        {[alias | ReqId], _} = Msg when is_map_key(ReqId, ReqIdCol) ->
            collection_result(Msg, ReqIdCol, Delete);
        {'DOWN', Mref, _, _, _} = Msg when is_map_key(Mref, ReqIdCol) ->
            collection_result(Msg, ReqIdCol, Delete)
    after TMO ->
            maps:foreach(fun(ReqId, _Label) when is_reference(ReqId) ->
                                 erlang:demonitor(ReqId, [flush]);
                            (_, _) ->
                                 error(badarg)
                         end, ReqIdCol),
            flush_responses(ReqIdCol),
            timeout
    end.

check_response(Msg, ReqId) when is_reference(ReqId) ->
    case Msg of
        {[alias | ReqId], Reply} ->
            erlang:demonitor(ReqId, [flush]),
            {reply, Reply};
        {'DOWN', ReqId, _, Object, Reason} ->
            {error, {Reason, Object}};
        _ ->
            no_reply
    end;
check_response(_, _) ->
    error(badarg).

check_response(_Msg, ReqIdCol, Delete) when map_size(ReqIdCol) == 0,
                                            is_boolean(Delete) ->
    no_request;
check_response(Msg, ReqIdCol, Delete) when is_map(ReqIdCol), is_boolean(Delete) ->
    case Msg of
        {[alias | ReqId], _} when is_map_key(ReqId, ReqIdCol) ->
            collection_result(Msg, ReqIdCol, Delete);
        {'DOWN', Mref, _, _, _} when is_map_key(Mref, ReqIdCol) ->
            collection_result(Msg, ReqIdCol, Delete);
        _ ->
            no_reply
    end.

collection_result({[alias | ReqId], Reply}, ReqIdCol, Delete) ->
    _ = erlang:demonitor(ReqId, [flush]),
    collection_result({reply, Reply}, ReqId, ReqIdCol, Delete);
collection_result({'DOWN', ReqId, _, Object, Reason}, ReqIdCol, Delete) ->
    collection_result({error, {Reason, Object}}, ReqId, ReqIdCol, Delete).

collection_result(Resp, ReqId, ReqIdCol, false) ->
    {Resp, maps:get(ReqId, ReqIdCol), ReqIdCol};
collection_result(Resp, ReqId, ReqIdCol, true) ->
    {Label, NewReqIdCol} = maps:take(ReqId, ReqIdCol),
    {Resp, Label, NewReqIdCol}.

flush_responses(ReqIdCol) ->
    receive
        {[alias | Mref], _Reply} when is_map_key(Mref, ReqIdCol) ->
            flush_responses(ReqIdCol)
    after 0 ->
            ok
    end.

timeout_value(infinity) ->
    infinity;
timeout_value(Timeout) when is_integer(Timeout), 0 =< Timeout, Timeout =< ?MAX_INT_TIMEOUT ->
    Timeout;
timeout_value({abs, Timeout}) when is_integer(Timeout) ->
    case Timeout - erlang:monotonic_time(millisecond) of
        TMO when TMO < 0 -> 0;
        TMO when TMO > ?MAX_INT_TIMEOUT -> error(badarg);
        TMO -> TMO
    end;
timeout_value(_) ->
    error(badarg).

reqids_new() ->
    maps:new().

reqids_size(ReqIdCol) when is_map(ReqIdCol) -> maps:size(ReqIdCol);
reqids_size(_) -> error(badarg).

reqids_add(ReqId, _, ReqIdCol) when is_reference(ReqId), is_map_key(ReqId, ReqIdCol) ->
    error(badarg);
reqids_add(ReqId, Label, ReqIdCol) when is_reference(ReqId), is_map(ReqIdCol) ->
    maps:put(ReqId, Label, ReqIdCol);
reqids_add(_, _, _) ->
    error(badarg).

reqids_to_list(ReqIdCol) when is_map(ReqIdCol) -> maps:to_list(ReqIdCol);
reqids_to_list(_) -> error(badarg).

%% ---------------------------------------------------------------------------
%% Stopping

stop(Process) ->
    stop(Process, normal, infinity).

stop(Process, Reason, Timeout)
  when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    do_for_proc(Process, fun(Pid) -> proc_lib:stop(Pid, Reason, Timeout) end).

%% Runs Fun on the pid a server reference stands for; exit(noproc) when none.
do_for_proc(Pid, Fun) when is_pid(Pid) ->
    Fun(Pid);
do_for_proc(Name, Fun) when is_atom(Name) ->
    case whereis(Name) of
        Pid when is_pid(Pid) -> Fun(Pid);
        undefined -> exit(noproc)
    end;
do_for_proc(Process, Fun)
  when ((tuple_size(Process) == 2 andalso element(1, Process) == global)
        orelse
        (tuple_size(Process) == 3 andalso element(1, Process) == via)) ->
    case where(Process) of
        Pid when is_pid(Pid) ->
            Node = node(Pid),
            try Fun(Pid)
            catch
                exit:{nodedown, Node} -> exit(noproc)
            end;
        undefined ->
            exit(noproc)
    end;
do_for_proc({Name, Node}, Fun) when Node =:= node() ->
    do_for_proc(Name, Fun);
do_for_proc({_Name, Node} = Process, Fun) when is_atom(Node) ->
    if
        node() =:= nonode@nohost -> exit({nodedown, Node});
        true -> Fun(Process)
    end.

%% ---------------------------------------------------------------------------
%% Names

-file("gen.erl", 600).
where({global, Name}) -> global:whereis_name(Name);
where({via, Module, Name}) -> Module:whereis_name(Name);
where({local, Name}) -> whereis(Name).

register_name({local, Name} = LN) ->
    try register(Name, self()) of
        true -> true
    catch
        error:_ -> {false, where(LN)}
    end;
register_name({global, Name} = GN) ->
    case global:register_name(Name, self()) of
        yes -> true;
        no -> {false, where(GN)}
    end;
register_name({via, Module, Name} = GN) ->
    case Module:register_name(Name, self()) of
        yes -> true;
        no -> {false, where(GN)}
    end.

name({local, Name}) -> Name;
name({global, Name}) -> Name;
name({via, _, Name}) -> Name;
name(Pid) when is_pid(Pid) -> Pid.

unregister_name({local, Name}) ->
    try unregister(Name) of
        _ -> ok
    catch
        _:_ -> ok
    end;
unregister_name({global, Name}) ->
    _ = global:unregister_name(Name),
    ok;
unregister_name({via, Mod, Name}) ->
    _ = Mod:unregister_name(Name),
    ok;
unregister_name(Pid) when is_pid(Pid) ->
    ok.

-file("gen.erl", 644).
get_proc_name(Pid) when is_pid(Pid) ->
    Pid;
get_proc_name({local, Name}) ->
    case process_info(self(), registered_name) of
        {registered_name, Name} ->
            Name;
        {registered_name, _Name} ->
            exit(process_not_registered);
        [] ->
            exit(process_not_registered)
    end;
get_proc_name({global, Name}) ->
    case global:whereis_name(Name) of
        undefined ->
            exit(process_not_registered_globally);
        Pid when Pid =:= self() ->
            Name;
        _Pid ->
            exit(process_not_registered_globally)
    end;
get_proc_name({via, Mod, Name}) ->
    case Mod:whereis_name(Name) of
        undefined ->
            exit({process_not_registered_via, Mod});
        Pid when Pid =:= self() ->
            Name;
        _Pid ->
            exit({process_not_registered_via, Mod})
    end.

get_parent() ->
    case get('$ancestors') of
        [Parent | _] when is_pid(Parent) -> Parent;
        [Parent | _] when is_atom(Parent) -> name_to_pid(Parent);
        _ -> exit(process_was_not_started_by_proc_lib)
    end.

name_to_pid(Name) ->
    case whereis(Name) of
        undefined ->
            case global:whereis_name(Name) of
                undefined -> exit(could_not_find_registered_name);
                Pid -> Pid
            end;
        Pid ->
            Pid
    end.

%% ---------------------------------------------------------------------------
%% Options

timeout(Options) ->
    case lists:keyfind(timeout, 1, Options) of
        {_, Time} -> Time;
        false -> infinity
    end.

spawn_opts(Options) ->
    case lists:keyfind(spawn_opt, 1, Options) of
        {_, Opts} -> Opts;
        false -> []
    end.

hibernate_after(Options) ->
    case lists:keyfind(hibernate_after, 1, Options) of
        {_, HibernateAfterTimeout} -> HibernateAfterTimeout;
        false -> infinity
    end.

debug_options(Name, Opts) ->
    case lists:keyfind(debug, 1, Opts) of
        {_, Options} ->
            try sys:debug_options(Options)
            catch _:_ ->
                    error_logger:format("~tp: ignoring erroneous debug options - ~tp~n",
                                        [Name, Options]),
                    []
            end;
        false ->
            []
    end.

%% ---------------------------------------------------------------------------
%% Status

format_status_header(TagLine, Pid) when is_pid(Pid) ->
    lists:concat([TagLine, " ", pid_to_list(Pid)]);
format_status_header(TagLine, RegName) when is_atom(RegName) ->
    lists:concat([TagLine, " ", RegName]);
format_status_header(TagLine, Name) ->
    {TagLine, Name}.

%% format_status/1 (a map in, a map out) is preferred to format_status/2; a
%% callback that fails or returns something else leaves an 'EXIT' entry.
format_status(Mod, Opt, Status, Args) ->
    case {erlang:function_exported(Mod, format_status, 1),
          erlang:function_exported(Mod, format_status, 2)} of
        {true, _} ->
            try Mod:format_status(Status) of
                NewStatus when is_map(NewStatus) ->
                    Merged = maps:merge(Status, NewStatus),
                    case maps:size(Merged) =:= maps:size(NewStatus) of
                        true -> Merged;
                        false ->
                            Status#{'EXIT' => atom_to_list(Mod)
                                        ++ ":format_status/1 returned a map with unknown keys"}
                    end;
                _ ->
                    Status#{'EXIT' => atom_to_list(Mod) ++ ":format_status/1 did not return a map"}
            catch
                _:_ ->
                    Status#{'EXIT' => atom_to_list(Mod) ++ ":format_status/1 crashed"}
            end;
        {false, true} when is_list(Args) ->
            try Mod:format_status(Opt, Args) of
                Result -> Status#{'$status' => Result}
            catch
                throw:Result -> Status#{'$status' => Result};
                _:_ -> Status#{'EXIT' => atom_to_list(Mod) ++ ":format_status/2 crashed"}
            end;
        {false, _} ->
            Status
    end.

%% dist_gpeer: the peer of test/dist/global.test.ts (erl or erlts). Before any
%% connection it registers with global: p_name (an echo process), p_dies, and clash
%% (which the driver also registers on its side, so that the two partitions clash
%% when they join). It answers {cmd, From, Ref, Cmd} with From ! {Ref, Result} and
%% halts on halt, or by itself after two minutes. serve/1 registers one name only.
-module(dist_gpeer).
-export([main/1, serve/0, serve/1, echo/0, watch/2]).

main([]) -> serve();
main([Name]) -> serve(list_to_atom(Name)).

%% A third node (test/dist/erl/dist_gdrv3.erl): one name of its own.
serve(Name) ->
    register(gpeer, self()),
    yes = global:register_name(Name, spawn(?MODULE, echo, [])),
    loop().

serve() ->
    register(gpeer, self()),
    yes = global:register_name(p_name, spawn(?MODULE, echo, [])),
    yes = global:register_name(p_dies, spawn(?MODULE, echo, [])),
    yes = global:register_name(clash, spawn(?MODULE, echo, [])),
    loop().

loop() ->
    receive
        {cmd, From, Ref, halt} -> From ! {Ref, ok}, timer:sleep(100), erlang:halt();
        {cmd, From, Ref, Cmd} -> From ! {Ref, catch run(Cmd)}, loop()
    after 120000 -> erlang:halt()
    end.

echo() ->
    receive
        {From, M} when is_pid(From) -> From ! {echoed, node(), M}, echo();
        _ -> echo()
    end.

%% Monitors Pid and links to Linked, says ready to Pid, waits for stop
%% (test/dist/erl/dist_pinfo.erl).
watch(Pid, Linked) ->
    erlang:monitor(process, Pid),
    link(Linked),
    Pid ! ready,
    receive stop -> ok end.

run({whereis, Name}) -> global:whereis_name(Name);
run(names) -> lists:sort(global:registered_names());
run({register, Name}) -> global:register_name(Name, spawn(?MODULE, echo, []));
run({register_self, Name}) -> global:register_name(Name, self());
run({unregister, Name}) -> global:unregister_name(Name);
run({kill, Name}) -> exit(global:whereis_name(Name), kill);
run({set_lock, Id, Nodes, Retries}) -> global:set_lock(Id, Nodes, Retries);
run({del_lock, Id, Nodes}) -> global:del_lock(Id, Nodes);
run({trans, Id, Nodes}) -> global:trans(Id, fun() -> {in_trans, node()} end, Nodes, 0);
run({send, Name, Msg}) -> global:send(Name, Msg);
run(sync) -> global:sync();
run({ping, Node}) -> net_adm:ping(Node);
run(nodes) -> lists:sort(nodes());
run({disconnect, Node}) -> erlang:disconnect_node(Node);
run(Other) -> {unknown, Other}.

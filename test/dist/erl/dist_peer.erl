%% dist_peer: a node under test, driven by messages. serve/0 registers `peer` and
%% answers {cmd, From, Ref, Cmd} with From ! {Ref, Result}; it runs the same on erl
%% and on erlts, so every check can be made in both directions. It halts on `halt`,
%% or by itself after two minutes.
-module(dist_peer).
-export([serve/0, main/1, echo/0, exit_after/2, wait_forever/0, node_of/1, io_capture/1, collector/1, big/0]).

main(_) -> serve().

serve() ->
    register(peer, self()),
    register(echo, spawn(fun echo/0)),
    yes = global:register_name(peer_global, whereis(echo)),
    process_flag(trap_exit, true),
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

exit_after(Ms, Reason) -> receive after Ms -> exit(Reason) end.
wait_forever() -> receive stop -> ok end.
node_of(X) -> node(X).

run({ping, Node}) -> net_adm:ping(Node);
run(nodes) -> nodes();
run({rpc, Node, M, F, A}) -> rpc:call(Node, M, F, A);
run({erpc, Node, M, F, A}) ->
    try erpc:call(Node, M, F, A) catch C:R -> {C, R} end;
%% Receive N terms ({term, T}) and count those equal to the generated ones.
run({recv_terms, Seed, N}) ->
    Got = [receive {term, T} -> T after 20000 -> timeout end || _ <- lists:seq(1, N)],
    dist_terms:check(Seed, N, Got);
run({send_terms, To, Seed, N}) ->
    [To ! {term, T} || T <- dist_terms:gen(Seed, N)],
    ok;
%% Spawn a process on Node that exits with Reason after Ms, linked; the exit signal.
run({spawn_link_exit, Node, Ms, Reason}) ->
    Pid = spawn_link(Node, ?MODULE, exit_after, [Ms, Reason]),
    receive {'EXIT', Pid, R} -> {node(Pid) =:= Node, R} after 5000 -> timeout end;
run({spawn_monitor_exit, Node, Ms, Reason}) ->
    {Pid, Ref} = spawn_monitor(Node, ?MODULE, exit_after, [Ms, Reason]),
    receive {'DOWN', Ref, process, Pid, R} -> {node(Pid) =:= Node, R} after 5000 -> timeout end;
run({monitor, Target}) ->
    Ref = erlang:monitor(process, Target),
    receive {'DOWN', Ref, process, Obj, R} -> {Obj, R} after 5000 -> timeout end;
run({link_kill, Pid}) ->
    link(Pid),
    exit(Pid, kill),
    receive {'EXIT', Pid, R} -> R after 5000 -> timeout end;
run({spawn_wait, Node}) ->
    spawn(Node, ?MODULE, wait_forever, []);
run({monitor_node, Node}) ->
    monitor_node(Node, true),
    receive {nodedown, Node} -> nodedown after 15000 -> timeout end;
run({global_whereis, Name}) -> global:whereis_name(Name);
%% Large messages (OTP sends them in fragments).
run({send_big, To}) -> To ! big(), ok;
run(recv_big) -> receive {big, B, L} -> {byte_size(B), lists:sum(L)} after 10000 -> timeout end;
run({io_capture_rpc, Node}) ->
    io_capture(fun() -> rpc:call(Node, io, format, ["hello ~p~n", [from_peer]]) end);
run(Other) -> {unknown, Other}.

%% Runs F with a group leader that collects output; {F's result, the output}.
io_capture(F) ->
    GL = group_leader(),
    C = spawn(?MODULE, collector, [[]]),
    group_leader(C, self()),
    R = F(),
    group_leader(GL, self()),
    C ! {get, self()},
    receive {captured, Out} -> {R, Out} after 5000 -> {R, timeout} end.

collector(Acc) ->
    receive
        {io_request, From, ReplyAs, {put_chars, _Enc, Chars}} ->
            From ! {io_reply, ReplyAs, ok},
            collector([Acc, Chars]);
        {io_request, From, ReplyAs, {put_chars, _Enc, M, F, A}} ->
            From ! {io_reply, ReplyAs, ok},
            collector([Acc, apply(M, F, A)]);
        {io_request, From, ReplyAs, _} ->
            From ! {io_reply, ReplyAs, {error, enotsup}},
            collector(Acc);
        {get, P} ->
            P ! {captured, lists:flatten(Acc)}
    end.

big() -> {big, binary:copy(<<"abcdefgh">>, 250000), lists:seq(1, 100000)}.

%% dist_gpop: OTP 25's prevention of overlapping partitions (test/dist/global.test.ts).
%% The driver, A and C are connected and synced; A drops its connection to C. A tells
%% the driver (lost_connection), which has C disconnect from it (remove_connection,
%% with a warning report here): C ends up alone, and its name is gone here. C runs with
%% prevent_overlapping_partitions = false, else it would tell the driver about A as
%% well, and whether that arrives before C leaves is a race.
-module(dist_gpop).
-export([main/1]).

main([AS, CS]) ->
    A = list_to_atom(AS),
    C = list_to_atom(CS),
    put(roles, [{A, a}, {C, c}, {node(), driver}]),
    out(ping, [net_adm:ping(A), net_adm:ping(C)]),
    out(sync, global:sync()),
    out(a_sync, cmd(A, sync)),
    out(c_sync, cmd(C, sync)),
    out(a_knows_c, poll(fun() -> lists:member(C, cmd(A, nodes)) end, 60)),
    out(a_sync2, cmd(A, sync)),
    out(names, lists:sort(global:registered_names())),
    Dropped = cmd(A, {disconnect, C}),
    Gone = poll(fun() -> not lists:member(C, nodes()) end, 100),
    receive after 300 -> ok end,   % the warning report is printed meanwhile
    out(a_drops_c, Dropped),
    out(c_gone, Gone),
    out(nodes, roles(lists:sort(nodes()))),
    %% Polled: A's own global may still be settling after C went (a later nodeup and
    %% remove_connection); what is checked is that A ends up connected to the driver only.
    out(a_nodes_after, poll(fun() -> roles(cmd(A, nodes)) =:= [driver] end, 60)),
    out(names_after, poll(fun() -> not lists:member(c3_name, global:registered_names()) end, 60)),
    out(a_names_after, cmd(A, names)).

cmd(Node, Cmd) ->
    Ref = make_ref(),
    {gpeer, Node} ! {cmd, self(), Ref, Cmd},
    receive {Ref, R} -> R after 10000 -> timeout end.

roles(L) when is_list(L) -> [proplists:get_value(N, get(roles), N) || N <- L];
roles(X) -> X.

poll(F, 0) -> F();
poll(F, N) ->
    case F() of
        true -> true;
        false -> receive after 50 -> poll(F, N - 1) end
    end.

out(Check, Result) -> io:format("~p: ~p~n", [Check, Result]).

%% dist_gdrv3: three nodes (test/dist/global.test.ts). The driver syncs with node A,
%% then node C (which knows neither) connects to the driver: C learns A from the
%% driver and connects to it itself; every node ends with every name, and a name
%% registered afterwards on C is on A at once.
-module(dist_gdrv3).
-export([main/1]).

main([AS, CS]) ->
    A = list_to_atom(AS),
    C = list_to_atom(CS),
    yes = global:register_name(d3_name, self()),
    out(ping_a, net_adm:ping(A)),
    out(sync_a, global:sync()),
    out(names, lists:sort(global:registered_names())),
    out(c_pings_me, cmd(C, {ping, node()})),
    out(c_sync, cmd(C, sync)),
    out(c_connects_a, poll(fun() -> lists:member(A, cmd(C, nodes)) end, 60)),
    out(c_names, cmd(C, names)),
    out(sync_c, global:sync()),
    out(names_after_c, lists:sort(global:registered_names())),
    out(a_sync, cmd(A, sync)),
    out(a_names, cmd(A, names)),
    out(c_register, cmd(C, {register, c3_late})),
    out(a_sees_c_late, role(node(cmd(A, {whereis, c3_late})), A, C)),
    out(here_c_late, role(node(global:whereis_name(c3_late)), A, C)).
%% A and C are left running (the test kills them): halting one while the other two are
%% connected could make OTP's global on the others print warnings about overlapping
%% partitions, depending on who hears of it first.

poll(F, 0) -> F();
poll(F, N) ->
    case F() of
        true -> true;
        false -> receive after 50 -> poll(F, N - 1) end
    end.

out(Check, Result) -> io:format("~p: ~p~n", [Check, Result]).

cmd(Node, Cmd) ->
    Ref = make_ref(),
    {gpeer, Node} ! {cmd, self(), Ref, Cmd},
    receive {Ref, R} -> R after 10000 -> timeout end.

role(A, A, _) -> a;
role(C, _, C) -> c;
role(N, _, _) when N =:= node() -> driver;
role(N, _, _) -> N.

%% TCP load benchmark (issue 8): one echo server, many concurrent clients over loopback.
%% The same code runs on erlts and on BEAM (bench/programs.ts, group `net`).
%%
%%   echo_1000(K)   1,000 clients connect to one listening socket; the server runs a
%%                  process per connection echoing what it reads (passive mode,
%%                  recv(S, 0)); each client sends K messages of 64 bytes, one at a
%%                  time, reads each echo back with recv(S, 64) and checks every byte.
%%   echo(Clients, K)  the same with any number of clients (test/net/load.test.ts).
%% Returns {Clients, Messages echoed intact, Bytes echoed}; every socket and process it
%% started is gone when it returns.
-module(tcp_echo).
-export([echo_1000/1, echo/2]).

-define(MSG_SIZE, 64).

echo_1000(K) ->
    echo(1000, K).

echo(Clients, K) ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}},
                                  {backlog, 1024}, {reuseaddr, true}, {nodelay, true}]),
    {ok, Port} = inet:port(L),
    Main = self(),
    Acceptor = spawn(fun() -> accept_loop(L, Main, []) end),
    ok = gen_tcp:controlling_process(L, Acceptor),
    Pids = [spawn(fun() -> client(Main, Port, I, K) end) || I <- lists:seq(1, Clients)],
    Results = [receive {client_done, P, R} -> R end || P <- Pids],
    %% Tear down: the acceptor closes the listen socket and waits for its handlers.
    Acceptor ! {stop, self()},
    receive {acceptor_down, Acceptor} -> ok end,
    Good = lists:sum([G || {G, _} <- Results]),
    Bytes = lists:sum([B || {_, B} <- Results]),
    {Clients, Good, Bytes}.

accept_loop(L, Main, Handlers) ->
    receive
        {stop, From} ->
            gen_tcp:close(L),
            [receive {'DOWN', R, process, _, _} -> ok end || R <- Handlers],
            From ! {acceptor_down, self()}
    after 0 ->
        case gen_tcp:accept(L, 50) of
            {ok, S} ->
                {H, R} = spawn_monitor(fun() -> receive go -> handler(S) end end),
                ok = gen_tcp:controlling_process(S, H),
                H ! go,
                accept_loop(L, Main, [R | Handlers]);
            {error, timeout} ->
                accept_loop(L, Main, Handlers)
        end
    end.

handler(S) ->
    case gen_tcp:recv(S, 0) of
        {ok, Data} ->
            ok = gen_tcp:send(S, Data),
            handler(S);
        {error, closed} ->
            gen_tcp:close(S)
    end.

client(Main, Port, I, K) ->
    {ok, S} = gen_tcp:connect({127,0,0,1}, Port, [binary, {active, false}, {nodelay, true}]),
    Good = client_loop(S, I, K, 0),
    gen_tcp:close(S),
    Main ! {client_done, self(), {Good, Good * ?MSG_SIZE}}.

client_loop(_S, _I, 0, Good) ->
    Good;
client_loop(S, I, K, Good) ->
    Msg = message(I, K),
    ok = gen_tcp:send(S, Msg),
    {ok, Back} = gen_tcp:recv(S, ?MSG_SIZE),
    client_loop(S, I, K - 1, if Back =:= Msg -> Good + 1; true -> Good end).

%% 64 bytes that differ per client and per message.
message(I, K) ->
    Fill = binary:copy(<<(I rem 251), (K rem 241)>>, (?MSG_SIZE - 8) div 2),
    <<I:32, K:32, Fill/binary>>.

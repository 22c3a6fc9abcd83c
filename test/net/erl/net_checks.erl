%% Socket behaviour that the conformance programs cannot show (test/net/sockets.test.ts):
%% flow control, sockets left open when the node stops.
-module(net_checks).
-export([backpressure/1, left_open/0, late_data/0]).

pair() ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}}]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, [binary, {active, false}]),
    {ok, A} = gen_tcp:accept(L),
    {C, A, L}.

%% A writer sends Mb megabytes to a reader that reads nothing for a while: the writer
%% must end up waiting in send (it has not finished after 300 ms), then everything
%% arrives intact once the reader reads. Returns {WaitedInSend, BytesRead, Intact, SendResult}.
backpressure(Mb) ->
    {C, A, _L} = pair(),
    Chunk = binary:copy(list_to_binary(lists:seq(0, 255)), 256),
    N = Mb * 16,
    Self = self(),
    W = spawn(fun() ->
                      R = lists:foldl(fun(_, ok) -> gen_tcp:send(C, Chunk); (_, E) -> E end, ok, lists:seq(1, N)),
                      Self ! {sent, self(), R}
              end),
    Waited = receive {sent, W, _} -> false after 300 -> true end,
    Total = N * byte_size(Chunk),
    {Read, Intact} = read(A, Total, Chunk, 0, true),
    R = receive {sent, W, Res} -> Res end,
    {Waited, Read, Intact, R}.

read(_A, 0, _Chunk, Got, Intact) -> {Got, Intact};
read(A, Left, Chunk, Got, Intact) ->
    {ok, D} = gen_tcp:recv(A, byte_size(Chunk)),
    read(A, Left - byte_size(D), Chunk, Got + byte_size(D), Intact andalso D =:= Chunk).

%% Returns the port of a listen socket nobody closes: the node's end must close it.
left_open() ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}}]),
    {ok, P} = inet:port(L),
    P.

%% recv times out, data that comes later is still there; a recv with timeout 0 on
%% buffered data returns it.
late_data() ->
    {C, A, _L} = pair(),
    T1 = gen_tcp:recv(A, 0, 20),
    ok = gen_tcp:send(C, <<"late">>),
    timer:sleep(20),
    T2 = gen_tcp:recv(A, 0, 0),
    T3 = gen_tcp:recv(A, 2, 10),
    {T1, T2, T3}.

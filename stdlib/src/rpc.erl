%% rpc: remote procedure calls, on top of erpc as in OTP 25. Results are those of
%% OTP's rpc: {badrpc, nodedown} when the node cannot be reached, {badrpc, timeout},
%% {badrpc, {'EXIT', {Reason, Stack}}} for an error, {badrpc, {'EXIT', Reason}} for an
%% exit; a thrown value is returned as it is.
-module(rpc).

-export([call/4, call/5, block_call/4, block_call/5, cast/4, multicall/3, multicall/4,
         multicall/5, async_call/4, yield/1, nb_yield/1, nb_yield/2, eval_everywhere/3,
         eval_everywhere/4, abcast/2, abcast/3, sbcast/2, sbcast/3, pmap/3]).

call(N, M, F, A) -> call(N, M, F, A, infinity).

call(N, M, F, A, T) ->
    try erpc:call(N, M, F, A, T)
    catch Class:Reason -> rpcify(Class, Reason)
    end.

block_call(N, M, F, A) -> call(N, M, F, A).
block_call(N, M, F, A, T) -> call(N, M, F, A, T).

rpcify(throw, {'EXIT', _} = E) -> {badrpc, E};
rpcify(throw, V) -> V;
rpcify(exit, {exception, E}) -> {badrpc, {'EXIT', E}};
rpcify(exit, {signal, R}) -> {badrpc, {'EXIT', R}};
rpcify(exit, R) -> exit(R);
rpcify(error, {exception, E, Stack}) -> {badrpc, {'EXIT', {E, Stack}}};
rpcify(error, {erpc, badarg}) -> erlang:error(badarg);
rpcify(error, {erpc, noconnection}) -> {badrpc, nodedown};
rpcify(error, {erpc, timeout}) -> {badrpc, timeout};
rpcify(error, {erpc, notsup}) -> {badrpc, notsup};
rpcify(error, {erpc, E}) -> {badrpc, {'EXIT', E}};
rpcify(error, R) -> erlang:error(R).

cast(N, M, F, A) ->
    _ = (catch erpc:cast(N, M, F, A)),
    true.

multicall(M, F, A) -> multicall([node() | nodes()], M, F, A, infinity).
multicall(Ns, M, F, A) when is_list(Ns) -> multicall(Ns, M, F, A, infinity);
multicall(M, F, A, T) -> multicall([node() | nodes()], M, F, A, T).

multicall(Ns, M, F, A, T) ->
    Results = erpc:multicall(Ns, M, F, A, T),
    split(Ns, Results, [], []).

split([N | Ns], [R | Rs], Good, Bad) ->
    case R of
        {ok, V} -> split(Ns, Rs, [V | Good], Bad);
        {error, {erpc, noconnection}} -> split(Ns, Rs, Good, [N | Bad]);
        {error, {erpc, timeout}} -> split(Ns, Rs, Good, [N | Bad]);
        {Class, Reason} -> split(Ns, Rs, [rpcify_soft(Class, Reason) | Good], Bad)
    end;
split([], [], Good, Bad) -> {lists:reverse(Good), lists:reverse(Bad)}.

rpcify_soft(exit, R) ->
    try rpcify(exit, R) catch exit:E -> {badrpc, {'EXIT', E}} end;
rpcify_soft(C, R) -> rpcify(C, R).

async_call(N, M, F, A) ->
    Self = self(),
    Tag = make_ref(),
    Pid = spawn(fun() -> Self ! {self(), Tag, {promise_reply, call(N, M, F, A)}} end),
    {Pid, Tag}.

yield({Pid, Tag}) ->
    receive {Pid, Tag, {promise_reply, R}} -> R end.

nb_yield(Key) -> nb_yield(Key, 0).
nb_yield({Pid, Tag}, T) ->
    receive {Pid, Tag, {promise_reply, R}} -> {value, R}
    after T -> timeout
    end.

eval_everywhere(M, F, A) -> eval_everywhere([node() | nodes()], M, F, A).
eval_everywhere(Ns, M, F, A) -> lists:foreach(fun(N) -> cast(N, M, F, A) end, Ns), abcast.

abcast(Name, Msg) -> abcast([node() | nodes()], Name, Msg).
abcast(Ns, Name, Msg) -> lists:foreach(fun(N) -> {Name, N} ! Msg end, Ns), abcast.

sbcast(Name, Msg) -> sbcast([node() | nodes()], Name, Msg).
sbcast(Ns, Name, Msg) ->
    Res = [case rpc:call(N, erlang, whereis, [Name]) of
               P when is_pid(P) -> P ! Msg, {ok, N};
               _ -> {bad, N}
           end || N <- Ns],
    {[N || {ok, N} <- Res], [N || {bad, N} <- Res]}.

pmap({M, F}, Extra, List) ->
    [yield(K) || K <- [async_call(node(), M, F, [E | Extra]) || E <- List]].

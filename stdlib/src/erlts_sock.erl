%% What gen_tcp and gen_udp share: waiting for the answer of a socket request that
%% erlts_inet (runtime/net/inet.ts) could not give at once. It returned `wait` and will
%% send {Ref, Result}; when the caller's time runs out first the request is withdrawn,
%% unless its answer is already on the way, which is then taken.
-module(erlts_sock).
-export([wait/4]).

wait(wait, _S, Ref, infinity) ->
    receive {Ref, Result} -> Result end;
wait(wait, S, Ref, Time) ->
    receive
        {Ref, Result} -> Result
    after Time ->
        case erlts_inet:cancel(S, Ref) of
            true -> {error, timeout};
            false -> receive {Ref, Result} -> Result end
        end
    end;
wait(Result, _S, _Ref, _Time) ->
    Result.

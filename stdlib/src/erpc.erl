%% erpc: calls on other nodes. A call spawns erpc:execute_call/4 on the node with a
%% monitor (spawn_request with {reply, error_only}); the spawned process exits with
%% {Ref, Class, Result} and the caller reads the result from the 'DOWN' reason. This
%% is the protocol OTP's own erpc speaks, so calls go both ways between erlts and erl.
%% Errors: {erpc, noconnection | timeout | badarg | notsup}, {exception, Reason,
%% Stack} for an error, exit({exception, Reason}) for an exit, a throw passes through,
%% exit({signal, Reason}) when the process was killed by a signal.
-module(erpc).

-export([call/2, call/3, call/4, call/5, cast/2, cast/4, multicall/2, multicall/3,
         multicall/4, multicall/5, multicast/2, multicast/4,
         send_request/2, send_request/4, receive_response/1, receive_response/2,
         wait_response/1, wait_response/2, check_response/2,
         execute_call/4, execute_call/3, execute_cast/3]).

call(N, Fun) -> call(N, Fun, infinity).
call(N, Fun, T) when is_function(Fun, 0) -> call(N, erlang, apply, [Fun, []], T);
call(_, _, _) -> erlang:error({erpc, badarg}).
call(N, M, F, A) -> call(N, M, F, A, infinity).

call(N, M, F, A, T) when is_atom(N), is_atom(M), is_atom(F), is_list(A) ->
    Timeout = timeout(T),
    Res = make_ref(),
    ReqId = erlang:spawn_request(N, ?MODULE, execute_call, [Res, M, F, A],
                                 [{reply, error_only}, monitor]),
    receive
        {spawn_reply, ReqId, error, Reason} -> result(spawn_reply, ReqId, Res, Reason);
        {'DOWN', ReqId, process, _, Reason} -> result(down, ReqId, Res, Reason)
    after Timeout ->
        result(timeout, ReqId, Res, undefined)
    end;
call(_, _, _, _, _) -> erlang:error({erpc, badarg}).

timeout(infinity) -> infinity;
timeout(T) when is_integer(T), T >= 0, T =< 4294967295 -> T;
timeout(_) -> erlang:error({erpc, badarg}).

send_request(N, Fun) when is_atom(N), is_function(Fun, 0) ->
    send_request(N, erlang, apply, [Fun, []]);
send_request(_, _) -> erlang:error({erpc, badarg}).

send_request(N, M, F, A) when is_atom(N), is_atom(M), is_atom(F), is_list(A) ->
    Res = make_ref(),
    ReqId = erlang:spawn_request(N, ?MODULE, execute_call, [Res, M, F, A],
                                 [{reply, error_only}, monitor]),
    [ReqId | Res];
send_request(_, _, _, _) -> erlang:error({erpc, badarg}).

receive_response(R) -> receive_response(R, infinity).
receive_response([ReqId | Res], T) when is_reference(ReqId), is_reference(Res) ->
    Timeout = timeout(T),
    receive
        {spawn_reply, ReqId, error, Reason} -> result(spawn_reply, ReqId, Res, Reason);
        {'DOWN', ReqId, process, _, Reason} -> result(down, ReqId, Res, Reason)
    after Timeout ->
        result(timeout, ReqId, Res, undefined)
    end;
receive_response(_, _) -> erlang:error({erpc, badarg}).

wait_response(R) -> wait_response(R, 0).
wait_response([ReqId | Res], T) when is_reference(ReqId), is_reference(Res) ->
    Timeout = timeout(T),
    receive
        {spawn_reply, ReqId, error, Reason} -> result(spawn_reply, ReqId, Res, Reason);
        {'DOWN', ReqId, process, _, Reason} -> {response, result(down, ReqId, Res, Reason)}
    after Timeout -> no_response
    end;
wait_response(_, _) -> erlang:error({erpc, badarg}).

check_response({spawn_reply, ReqId, error, Reason}, [ReqId | Res]) ->
    result(spawn_reply, ReqId, Res, Reason);
check_response({'DOWN', ReqId, process, _, Reason}, [ReqId | Res]) ->
    {response, result(down, ReqId, Res, Reason)};
check_response(_, [ReqId | Res]) when is_reference(ReqId), is_reference(Res) ->
    no_response;
check_response(_, _) -> erlang:error({erpc, badarg}).

cast(N, Fun) when is_function(Fun, 0) -> cast(N, erlang, apply, [Fun, []]);
cast(_, _) -> erlang:error({erpc, badarg}).

cast(N, M, F, A) when is_atom(N), is_atom(M), is_atom(F), is_list(A) ->
    _ = erlang:spawn_request(N, ?MODULE, execute_cast, [M, F, A], [{reply, no}]),
    ok;
cast(_, _, _, _) -> erlang:error({erpc, badarg}).

multicast(Ns, Fun) -> multicast(Ns, erlang, apply, [Fun, []]).
multicast(Ns, M, F, A) when is_list(Ns) ->
    lists:foreach(fun(N) -> cast(N, M, F, A) end, Ns).

multicall(Ns, Fun) -> multicall(Ns, Fun, infinity).
multicall(Ns, Fun, T) when is_function(Fun, 0) -> multicall(Ns, erlang, apply, [Fun, []], T);
multicall(_, _, _) -> erlang:error({erpc, badarg}).
multicall(Ns, M, F, A) -> multicall(Ns, M, F, A, infinity).

%% Every request goes out first, then the answers are collected in node order.
multicall(Ns, M, F, A, T) when is_list(Ns), is_atom(M), is_atom(F), is_list(A) ->
    Timeout = timeout(T),
    Deadline = case Timeout of
                   infinity -> infinity;
                   _ -> erlang:monotonic_time(millisecond) + Timeout
               end,
    Reqs = [send_request(N, M, F, A) || N <- Ns],
    [collect(R, Deadline) || R <- Reqs];
multicall(_, _, _, _, _) -> erlang:error({erpc, badarg}).

collect(R, Deadline) ->
    Left = case Deadline of
               infinity -> infinity;
               _ -> max(0, Deadline - erlang:monotonic_time(millisecond))
           end,
    try {ok, receive_response(R, Left)}
    catch Class:Reason -> {Class, Reason}
    end.

execute_call(Ref, M, F, A) ->
    Reply = try {Ref, return, apply(M, F, A)}
            catch
                throw:Reason -> {Ref, throw, Reason};
                exit:Reason -> {Ref, exit, Reason};
                error:Reason:Stack -> {Ref, error, Reason, trim(Stack)}
            end,
    exit(Reply).

execute_call(M, F, A) -> {return, apply(M, F, A)}.

execute_cast(M, F, A) ->
    try apply(M, F, A)
    catch error:Reason:Stack -> erlang:error({exception, {Reason, trim(Stack)}})
    end.

%% The stack up to the frame that called the function (erpc's own frames cut off).
trim(Stack) ->
    lists:takewhile(fun({?MODULE, _, _, _}) -> false; (_) -> true end, Stack).

result(down, _, Res, {Res, return, V}) -> V;
result(down, _, Res, {Res, throw, V}) -> throw(V);
result(down, _, Res, {Res, exit, V}) -> exit({exception, V});
result(down, _, Res, {Res, error, V, Stack}) -> erlang:error({exception, V, Stack});
result(down, _, Res, {Res, error, {erpc, _} = E}) -> erlang:error(E);
result(down, _, _, noconnection) -> erlang:error({erpc, noconnection});
result(down, _, _, Reason) -> exit({signal, Reason});
result(spawn_reply, _, _, Reason) -> erlang:error({erpc, Reason});
result(timeout, ReqId, Res, _) ->
    case erlang:spawn_request_abandon(ReqId) orelse erlang:demonitor(ReqId, [info]) of
        true -> erlang:error({erpc, timeout});
        false ->
            receive
                {spawn_reply, ReqId, error, Reason} -> result(spawn_reply, ReqId, Res, Reason);
                {'DOWN', ReqId, process, _, Reason} -> result(down, ReqId, Res, Reason)
            after 0 -> erlang:error({erpc, badarg})
            end
    end.

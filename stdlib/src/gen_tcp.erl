%% gen_tcp: TCP sockets with OTP's API, over the native sockets of erlts_inet
%% (runtime/net/inet.ts). A call that would block on BEAM gets `wait` from the native
%% and then `{Ref, Result}` as a message; a timeout withdraws the request
%% (erlts_inet:cancel/2), and if the answer came first it is taken instead.
-module(gen_tcp).
-export([listen/2, accept/1, accept/2, connect/3, connect/4, send/2, recv/2, recv/3,
         close/1, shutdown/2, controlling_process/2]).

listen(Port, Opts) when is_list(Opts) ->
    if is_integer(Port), Port >= 0, Port =< 65535 -> ok;
       true -> exit(badarg)
    end,
    Ref = make_ref(),
    wait(erlts_inet:listen(Port, Opts, Ref), Ref).

accept(S) when is_port(S) ->
    accept(S, infinity).

accept(S, Time) when is_port(S), Time =:= infinity;
                     is_port(S), is_integer(Time), Time >= 0 ->
    Ref = make_ref(),
    erlts_sock:wait(erlts_inet:accept(S, Ref), S, Ref, Time).

connect(Address, Port, Opts) ->
    connect(Address, Port, Opts, infinity).

connect(Address, Port, Opts, Time) ->
    check_timeout(Time),
    if is_integer(Port), Port >= 0, Port =< 65535 -> ok;
       true -> exit(badarg)
    end,
    Ref = make_ref(),
    case erlts_inet:connect(Address, Port, Opts, Ref) of
        wait ->
            receive
                {Ref, Result} -> connected(Result)
            after Time ->
                %% The half-made socket goes; an answer that came first is taken.
                case erlts_inet:cancel_connect(Ref) of
                    true -> {error, timeout};
                    false -> receive {Ref, Result} -> connected(Result) end
                end
            end;
        Result ->
            connected(Result)
    end.

connected({error, einval}) -> exit(badarg);
connected(Result) -> Result.

send(S, Packet) when is_port(S) ->
    Ref = make_ref(),
    case erlts_inet:send(S, Packet, Ref) of
        wait -> receive {Ref, Result} -> Result end;
        Result -> Result
    end.

recv(S, Length) when is_port(S), is_integer(Length), Length >= 0 ->
    recv(S, Length, infinity).

recv(S, Length, Time) when is_port(S), is_integer(Length), Length >= 0, Time =:= infinity;
                           is_port(S), is_integer(Length), Length >= 0, is_integer(Time), Time >= 0 ->
    Ref = make_ref(),
    erlts_sock:wait(erlts_inet:recv(S, Length, Ref), S, Ref, Time).

close(S) when is_port(S) ->
    erlts_inet:close(S).

shutdown(S, How) when is_port(S), How =:= read; is_port(S), How =:= write;
                      is_port(S), How =:= read_write ->
    erlts_inet:shutdown(S, How).

controlling_process(S, NewOwner) ->
    case erlts_inet:controlling_process(S, NewOwner) of
        not_pid -> owner_pid(NewOwner);
        Result -> Result
    end.

%% A new owner that is no pid fails as OTP's does: no clause matches it.
owner_pid(Pid) when is_pid(Pid) -> Pid.

wait(badarg, _Ref) ->
    exit(badarg);
wait(wait, Ref) ->
    receive {Ref, Result} -> Result end;
wait(Result, _Ref) ->
    Result.

check_timeout(infinity) -> ok;
check_timeout(T) when is_integer(T), T >= 0 -> ok;
check_timeout(_) -> exit(badarg).

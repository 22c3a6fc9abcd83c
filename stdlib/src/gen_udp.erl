%% gen_udp: UDP sockets with OTP's API, over erlts_inet (runtime/net/inet.ts).
%% Datagrams arrive as {udp, S, IP, Port, Data} in active mode, or from recv/2,3 as
%% {ok, {IP, Port, Data}}.
-module(gen_udp).
-export([open/1, open/2, send/2, send/3, send/4, recv/2, recv/3, close/1,
         controlling_process/2]).

open(Port) ->
    open(Port, []).

open(Port, Opts) when is_integer(Port), Port >= 0, Port =< 65535, is_list(Opts) ->
    Ref = make_ref(),
    case erlts_inet:udp_open(Port, Opts, Ref) of
        wait -> receive {Ref, Result} -> Result end;
        badarg -> exit(badarg);
        Result -> Result
    end;
open(_Port, _Opts) ->
    exit(badarg).

send(S, {{_, _, _, _} = IP, Port}, Packet) ->
    send(S, IP, Port, Packet);
send(S, {{_, _, _, _, _, _, _, _} = IP, Port}, Packet) ->
    send(S, IP, Port, Packet);
send(_S, _Dest, _Packet) ->
    {error, einval}.

send(S, Address, Port, Packet) when is_port(S), is_integer(Port), Port >= 0, Port =< 65535 ->
    Ref = make_ref(),
    case erlts_inet:udp_send(S, Address, Port, Packet, Ref) of
        wait -> receive {Ref, Result} -> Result end;
        badarg -> exit(badarg);
        Result -> Result
    end.

%% A connected UDP socket (gen_udp:connect) is not there yet: send/2 needs one.
send(_S, _Packet) ->
    {error, enotconn}.

recv(S, Length) when is_port(S), is_integer(Length), Length >= 0 ->
    recv(S, Length, infinity).

recv(S, Length, Time) when is_port(S), is_integer(Length), Length >= 0, Time =:= infinity;
                           is_port(S), is_integer(Length), Length >= 0, is_integer(Time), Time >= 0 ->
    Ref = make_ref(),
    erlts_sock:wait(erlts_inet:recv(S, Length, Ref), S, Ref, Time).

close(S) when is_port(S) ->
    erlts_inet:close(S).

controlling_process(S, NewOwner) ->
    case erlts_inet:controlling_process(S, NewOwner) of
        not_pid -> owner_pid(NewOwner);
        Result -> Result
    end.

owner_pid(Pid) when is_pid(Pid) -> Pid.

%% inet: socket options, addresses and names for gen_tcp and gen_udp sockets, over
%% erlts_inet (runtime/net/inet.ts). Name lookups use the host's resolver.
-module(inet).
-export([setopts/2, getopts/2, peername/1, sockname/1, port/1, close/1,
         ntoa/1, parse_address/1, parse_ipv4_address/1, parse_ipv6_address/1,
         parse_ipv4strict_address/1, parse_ipv6strict_address/1, parse_strict_address/1,
         is_ip_address/1, is_ipv4_address/1, is_ipv6_address/1,
         getaddr/2, getaddrs/2, gethostname/0, format_error/1, i/0]).

%% A non-list fails as OTP's list comprehension over it does: bad_generator.
setopts(S, Opts) when is_port(S) ->
    erlts_inet:setopts(S, [O || O <- Opts]).

getopts(S, Opts) when is_port(S), is_list(Opts) ->
    erlts_inet:getopts(S, Opts).

peername(S) when is_port(S) -> erlts_inet:peername(S).

sockname(S) when is_port(S) -> erlts_inet:sockname(S).

port(S) when is_port(S) -> erlts_inet:port(S).

close(S) when is_port(S) -> erlts_inet:close(S).

ntoa(Addr) -> erlts_inet:ntoa(Addr).

parse_address(S) -> erlts_inet:parse_address(S).
parse_ipv4_address(S) -> erlts_inet:parse_ipv4_address(S).
parse_ipv6_address(S) -> erlts_inet:parse_ipv6_address(S).
parse_ipv4strict_address(S) -> erlts_inet:parse_ipv4strict_address(S).
parse_ipv6strict_address(S) -> erlts_inet:parse_ipv6strict_address(S).

parse_strict_address(S) ->
    case parse_ipv4strict_address(S) of
        {ok, _} = Ok -> Ok;
        _ -> parse_ipv6strict_address(S)
    end.

is_ipv4_address({A, B, C, D}) ->
    lists:all(fun(X) -> is_integer(X) andalso X >= 0 andalso X =< 255 end, [A, B, C, D]);
is_ipv4_address(_) ->
    false.

is_ipv6_address({_, _, _, _, _, _, _, _} = T) ->
    lists:all(fun(X) -> is_integer(X) andalso X >= 0 andalso X =< 65535 end, tuple_to_list(T));
is_ipv6_address(_) ->
    false.

is_ip_address(A) -> is_ipv4_address(A) orelse is_ipv6_address(A).

getaddr(Host, Family) ->
    case getaddrs(Host, Family) of
        {ok, [IP | _]} -> {ok, IP};
        Error -> Error
    end.

getaddrs(Host, Family) when Family =:= inet; Family =:= inet6 ->
    Ref = make_ref(),
    case erlts_inet:getaddrs(Host, Family, Ref) of
        wait -> receive {Ref, Result} -> Result end;
        Result -> Result
    end;
getaddrs(_Host, _Family) ->
    {error, einval}.

gethostname() -> erlts_inet:gethostname().

format_error(exbadport) -> "invalid port state";
format_error(exbadseq) -> "bad command sequence";
format_error(system_limit) ->
    "a system limit was hit, probably not enough ports";
format_error(Tag) ->
    case posix_text(Tag) of
        undefined -> "unknown POSIX error";
        Text -> Text
    end.

posix_text(eaddrinuse) -> "address already in use";
posix_text(eaddrnotavail) -> "can't assign requested address";
posix_text(econnrefused) -> "connection refused";
posix_text(econnreset) -> "connection reset by peer";
posix_text(ehostunreach) -> "host is unreachable";
posix_text(einval) -> "invalid argument";
posix_text(enotconn) -> "socket is not connected";
posix_text(etimedout) -> "connection timed out";
posix_text(timeout) -> "timeout";
posix_text(closed) -> "closed";
posix_text(nxdomain) -> "non-existing domain";
posix_text(emsgsize) -> "message too long";
posix_text(eacces) -> "permission denied";
posix_text(_) -> undefined.

%% A short listing of the node's sockets (OTP prints a wider table).
i() ->
    Socks = erlts_inet:sockets(),
    io:format("~-8s ~-10s ~-22s ~-22s~n", ["Port", "Module", "Local Address", "Foreign Address"]),
    lists:foreach(fun(S) ->
                          {name, Name} = erlang:port_info(S, name),
                          io:format("~-8w ~-10s ~-22s ~-22s~n",
                                    [element(2, erlang:port_info(S, id)), module(Name),
                                     addr(sockname(S)), addr(peername(S))])
                  end, Socks),
    ok.

module("udp_inet") -> "inet_udp";
module(_) -> "inet_tcp".

addr({ok, {IP, Port}}) -> ntoa(IP) ++ ":" ++ integer_to_list(Port);
addr(_) -> "*:*".

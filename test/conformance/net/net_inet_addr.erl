#!/usr/bin/env escript
-module(net_inet_addr).
-export([main/1]).
-mode(compile).
%% Exercises: inet:ntoa, parse_address and friends, is_ip_address, getaddr/getaddrs for localhost and literal addresses, nxdomain, gethostname's shape

main(_) ->
    [io:format("~p~n", [inet:ntoa(A)]) || A <- [{127,0,0,1}, {0,0,0,0}, {255,255,255,255},
                                                 {0,0,0,0,0,0,0,1}, {0,0,0,0,0,0,0,0},
                                                 {8193,3512,0,0,0,0,0,1}, {0,0,0,0,0,65535,49320,257},
                                                 {65152,0,0,0,1,0,0,1}, {1,2,3}, {256,0,0,1}, foo]],
    [io:format("~s -> ~p~n", [S, inet:parse_address(S)]) || S <- ["127.0.0.1", "10.1", "::1", "::",
                                                                    "2001:db8::8:800:200c:417a",
                                                                    "::ffff:1.2.3.4", "1.2.3.256",
                                                                    "host.name", "", "1:2:3:4:5:6:7:8"]],
    io:format("~p~n", [inet:parse_ipv4_address("127.1")]),
    io:format("~p~n", [inet:parse_ipv4strict_address("127.1")]),
    io:format("~p~n", [inet:parse_ipv6_address("1.2.3.4")]),
    io:format("~p~n", [inet:parse_ipv6strict_address("1.2.3.4")]),
    io:format("~p~n", [inet:parse_strict_address("::2")]),
    io:format("~p~n", [[inet:is_ip_address(X) || X <- [{1,2,3,4}, {1,2,3,256}, {0,0,0,0,0,0,0,70000}, {1,2,3,4,5,6,7,8}, x]]]),
    io:format("~p~n", [inet:getaddr("localhost", inet)]),
    io:format("~p~n", [inet:getaddr(localhost, inet)]),
    io:format("~p~n", [inet:getaddr({10,0,0,1}, inet)]),
    io:format("~p~n", [inet:getaddr("192.168.1.2", inet)]),
    io:format("~p~n", [inet:getaddrs("127.0.0.1", inet)]),
    io:format("~p~n", [inet:getaddr("no-such-host.invalid", inet)]),
    {ok, Name} = inet:gethostname(),
    io:format("hostname ~p~n", [is_list(Name) andalso Name =/= "" andalso not lists:member($., Name)]),
    io:format("~s~n", [inet:format_error(econnrefused)]),
    io:format("~s~n", [inet:format_error(eaddrinuse)]).

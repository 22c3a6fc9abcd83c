%% dist_ping: prints what net_adm:ping/1 answers for the node given.
-module(dist_ping).
-export([main/1]).

main([Node]) -> io:format("~p~n", [net_adm:ping(list_to_atom(Node))]).

%% dist_wait: a node that says it is up, then waits (30 s at most) until killed.
-module(dist_wait).
-export([main/1]).

main(_) ->
    io:format("up~n"),
    receive after 30000 -> ok end.

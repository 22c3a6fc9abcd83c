%% The client side of the Erlang I/O protocol, for output to a group leader that is not
%% the node's own `user` process (runtime/bifs/io.ts hands such requests here): send
%% `{io_request, Self, Ref, Request}` and wait for `{io_reply, Ref, Reply}`, watching the
%% server with a monitor so that a dead one is an error, not a hang.
-module(erlts_io).
-export([request/2]).

request(Pid, Request) ->
    Mref = erlang:monitor(process, Pid),
    Pid ! {io_request, self(), Mref, Request},
    receive
        {io_reply, Mref, Reply} ->
            erlang:demonitor(Mref, [flush]),
            result(Reply);
        {'DOWN', Mref, _, _, _} ->
            erlang:error(terminated)
    end.

result({error, _}) -> erlang:error(badarg);
result(Reply) -> Reply.

-module('039-receive-complex').
loop(State) ->
    receive
        {call, From, Req} when is_pid(From) ->
            From ! {reply, handle(Req, State)},
            loop(State);
        {cast, Msg} ->
            loop(handle_cast(Msg, State));
        {'EXIT', _Pid, Reason} ->
            exit(Reason);
        Other ->
            io:format("unexpected ~p~n", [Other]),
            loop(State)
    after 5000 ->
        loop(State)
    end.

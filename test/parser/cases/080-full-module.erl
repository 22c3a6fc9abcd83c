-module('080-full-module').
-author("test").
-export([start/0, loop/1]).
-export_type([state/0]).
-record(state, {count = 0 :: non_neg_integer(), items = [] :: [term()]}).
-type state() :: #state{}.
-spec start() -> pid().
start() -> spawn(?MODULE, loop, [#state{}]).
-spec loop(state()) -> no_return().
loop(#state{count = C, items = Is} = S) ->
    receive
        {add, Item} -> loop(S#state{count = C + 1, items = [Item | Is]});
        {get, From} when is_pid(From) -> From ! {items, lists:reverse(Is)}, loop(S);
        stop -> exit(normal)
    after 60000 ->
        loop(S)
    end.

#!/usr/bin/env escript
-module(exc_try_tail_clauses).
-export([main/1]).
-mode(compile).
%% A try in tail position: calls in its of and catch clauses are tail calls (no frame
%% of the function), calls in its body and in a try that is not in tail position are not.
id(X) -> X.
t(boom) -> erlang:error(boom);
t(X) -> X.
tr(X) -> try id(X) of V -> [t(Y) || Y <- V] catch throw:_ -> x end.
tc(X) -> try id(X) of V -> t(V) catch throw:_ -> x end.
th(X) -> try throw(X) of _ -> ok catch throw:V -> t(V) end.
tb(X) -> try t(X) of V -> V catch throw:_ -> x end.
tn(X) -> R = try id(X) of V -> t(V) catch throw:_ -> x end, {R}.
show(F) -> try F() catch C:R:S -> io:format("~p:~p ~p~n", [C, R, [element(2, E) || E <- S, element(1, E) =:= exc_try_tail_clauses]]) end.
main(_) ->
    show(fun() -> tr([1, boom]) end),
    show(fun() -> tc(boom) end),
    show(fun() -> th(boom) end),
    show(fun() -> tb(boom) end),
    show(fun() -> tn(boom) end),
    show(fun() -> tc(id(ok)) =:= ok orelse error(bad) end).

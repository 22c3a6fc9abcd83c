#!/usr/bin/env escript
-module(exc_applied_fun_frame).
-export([main/1]).
-mode(compile).
%% Exercises: a fun literal applied where it is written ((fun () -> ... end)(),
%% as the assert macros expand) is inlined by OTP's compiler, so the error's top
%% frame is the enclosing function, and its variables stay inside it

main(_) ->
    show(fun direct/0),
    show(fun in_case/0),
    show(fun nested/0),
    io:format("~p~n", [scoped()]),
    io:format("~p~n", [with_outer(5)]).

direct() ->
    (fun () -> erlang:error({direct, id(1)}) end)().

in_case() ->
    case id(2) of
        N -> (fun () -> N = id(3) end)()
    end.

nested() ->
    X = (fun () -> (fun () -> id(1) + id(a) end)() end)(),
    X.

scoped() ->
    A = (fun () -> B = id(10), B * 2 end)(),
    B = id(7),
    {A, B}.

with_outer(V) ->
    (fun () -> V + 1 end)().

show(F) ->
    try F() of
        R -> io:format("returned ~p~n", [R])
    catch
        C:R:S -> io:format("~p:~p at ~p~n", [C, R, hd(S)])
    end.

id(X) -> X.

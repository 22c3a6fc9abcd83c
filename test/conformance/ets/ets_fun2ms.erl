#!/usr/bin/env escript
-module(ets_fun2ms).
-export([main/1]).
-mode(compile).
-include_lib("stdlib/include/ms_transform.hrl").
%% Exercises: ets:fun2ms/1 translated at compile time: head variables, '_', matching the
%% whole object, guards with ';', outer variables as {const, V}, tuples, lists, maps,
%% object() and bindings(), operators and guard BIFs, '$' atoms in bodies.

p(X) -> io:format("~p~n", [X]).

main(_) ->
    Y = 5,
    p(ets:fun2ms(fun(X) -> X end)),
    p(ets:fun2ms(fun({A, B}) when A > Y, is_atom(B) -> {B, A, self()} end)),
    p(ets:fun2ms(fun({A, _, _C}) -> [A | _C] end)),
    p(ets:fun2ms(fun({A, B} = O) when A >= B; B == 3 -> O end)),
    p(ets:fun2ms(fun({_A, _B}) -> object() end)),
    p(ets:fun2ms(fun({_A, _B}) -> bindings() end)),
    p(ets:fun2ms(fun({A, x, "s", 1.5, -2}) -> {A} end)),
    p(ets:fun2ms(fun({A, B}) when A andalso B orelse not A -> A + B * 2, true end)),
    p(ets:fun2ms(fun({A, #{k := V}}) when element(1, A) =:= x, is_map_key(k, A) -> #{v => V} end)),
    p(ets:fun2ms(fun({A, _}) -> '$1' end)),
    p(ets:fun2ms(fun({A, B}) when A -> {const, B} end)),
    p(ets:fun2ms(fun({A, B}) -> {{A, B}} end)),
    p(ets:fun2ms(fun({A, [B | C]}) when length(C) > Y -> [A, B, -C, Y, {Y}, [Y]] end)),
    p(ets:fun2ms(fun({A, B}) when A =/= B -> ok; ({A, _}) -> A end)),
    p(ets:fun2ms(fun(X = {_, _}) -> X end)),
    p(ets:fun2ms(fun({A, _}) when is_integer(A), A rem 2 =:= 0, abs(A) > 1 -> trunc(A / 2) end)),
    p(ets:fun2ms(fun(_) -> 1 end)),
    p(ets:fun2ms(fun({_, _}) -> '_' end)),
    p(ets:fun2ms(fun({_K, V}) when is_tuple(V) -> erlang:element(1, V) end)),
    p(ets:fun2ms(fun({K, V}) when K band 1 =:= 1, V bsl 2 > 10 -> {K div 2, V rem 3, bnot K} end)).

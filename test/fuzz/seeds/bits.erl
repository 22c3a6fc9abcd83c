%% A seed for the mutation fuzz test: binaries, comprehensions, funs, maps.
-module(bits).
-export([parse/1, encode/1, squares/1, pairs/2, index/1, count/1, compose/2]).
-ifdef(DEBUG).
-define(LOG(F, A), io:format(F, A)).
-else.
-define(LOG(F, A), ok).
-endif.

parse(<<Len:16/big-unsigned, Payload:Len/binary, Rest/bits>>) ->
    ?LOG("~p~n", [Len]),
    {Payload, Rest};
parse(<<"PING", _/binary>>) -> ping;
parse(_) -> {error, ?MODULE, ?LINE}.

encode(Items) -> << <<(byte_size(I)):8, I/binary>> || I <- Items, is_binary(I) >>.

squares(N) -> [X * X || X <- lists:seq(1, N), X rem 2 =:= 0].

pairs(Xs, Ys) -> [{X, Y} || X <- Xs, Y <- Ys, X =/= Y].

index(List) ->
    maps:from_list(lists:zip(List, lists:seq(1, length(List)))).

count(Words) ->
    lists:foldl(fun(W, M) -> M#{W => maps:get(W, M, 0) + 1} end, #{}, Words).

compose(F, G) -> fun(X) -> G(F(X)) end.

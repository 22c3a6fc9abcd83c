#!/usr/bin/env escript
-module(ds_orddict_random_ops).
-export([main/1]).
-mode(compile).
%% Exercises: orddict: 2000 pseudo-random store/erase/update_counter/append operations (fixed LCG), dict printed every 400 steps

id(X) -> X.
p(X) -> io:format("~p~n", [X]).

main(_) ->
    Next = fun(S) -> (S * 1103515245 + 12345) rem 2147483648 end,
    Keys = id({a, b, c, d, e, 1, 2, 3, 1.0, 2.5, "k", {t}}),
    Loop = fun Loop(0, _, D) -> D;
               Loop(N, S, D) ->
                   S1 = Next(S),
                   K = element((S1 div 256) rem tuple_size(Keys) + 1, Keys),
                   D2 = case (S1 div 65536) rem 6 of
                            0 -> orddict:store(K, N, D);
                            1 -> orddict:erase(K, D);
                            2 -> orddict:update_counter(K, 1, orddict:update(K, fun(V) when is_integer(V) -> V; (_) -> 0 end, 0, D));
                            3 -> orddict:append(K, N, orddict:update(K, fun(V) when is_list(V) -> V; (_) -> [] end, [], D));
                            4 -> case orddict:take(K, D) of error -> D; {_, Dx} -> Dx end;
                            5 -> orddict:merge(fun(_, V1, _) -> V1 end, D, orddict:from_list([{K, N}]))
                        end,
                   case orddict:is_key(K, D2) =:= (orddict:find(K, D2) =/= error) of
                       true -> ok;
                       false -> io:format("mismatch ~p~n", [K])
                   end,
                   case N rem 400 of 0 -> io:format("~p ~p~n", [N, D2]); _ -> ok end,
                   Loop(N - 1, S1, D2)
           end,
    Df = Loop(2000, id(7), orddict:new()),
    p({orddict:size(Df), orddict:fetch_keys(Df)}).

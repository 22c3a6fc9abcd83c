#!/usr/bin/env escript
%% The cost of js:call, js:get and js:await (docs/js-interop.md, "Measured"):
%%     node dist/bin/erlts.js run test/interop/bench/js_costs.erl
main(_) ->
    Math = js:get(js:global(), 'Math'),
    N = 200000,
    {T1, _} = timer:tc(fun() -> loop_call(Math, N) end),
    {T2, _} = timer:tc(fun() -> loop_get(Math, N) end),
    M = 20000,
    P = js:eval(<<"Promise.resolve(1)">>),
    {T3, _} = timer:tc(fun() -> loop_await(P, M) end),
    io:format("js:call ~.3f us, js:get ~.3f us, js:await (resolved) ~.2f us~n", [T1 / N, T2 / N, T3 / M]).
loop_call(_, 0) -> ok;
loop_call(M, N) -> 2 = js:call(M, max, [1, 2]), loop_call(M, N - 1).
loop_get(_, 0) -> ok;
loop_get(M, N) -> _ = js:get(M, 'PI'), loop_get(M, N - 1).
loop_await(_, 0) -> ok;
loop_await(P, N) -> {ok, 1} = js:await(P), loop_await(P, N - 1).

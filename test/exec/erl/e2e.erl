-module(e2e).
-export([fib/1, fib30/0, main/0, len/1, catches/0, c/1, captures/0, arith/0, deep1m/0]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

len(L) -> len(L, 0).
len([], N) -> N;
len([_ | T], N) -> len(T, N + 1).

seq(0) -> [];
seq(N) -> [N | seq(N - 1)].

main() -> {fib(20), len(seq(1000000)), map(fun(X) -> X * 2 end, seq(5))}.

map(F, [H | T]) -> [F(H) | map(F, T)];
map(_, []) -> [].

fib30() -> fib(30).

a(X) ->
    Y = X + 1,
    1 = Y,
    ok.
b(1) -> ok.
c(T) -> element(0, T).

catches() ->
    [catch a(1), catch b(x), catch nomod:f(1, 2),
     try throw(t) catch C:R:S -> {C, R, S} end,
     catch erlang:error(foo, [1, 2])].


%% Captures (every 2000 reductions) inside nested try/catch, catch, receive-after,
%% a try at every level of a deep recursion, and errors from deep down.
captures() ->
    A = try
            try len(seq(5000)) of N -> {inner, N} catch _:_ -> inner_err end
        of V -> {outer, V}
        catch _:_ -> outer_err
        end,
    B = try deep_fail(5000) catch error:R -> {caught, R} end,
    C = case catch deep_fail(3000) of {'EXIT', {R2, _}} -> R2 end,
    D = try receive after 1 -> len(seq(3000)) end catch _:_ -> x end,
    E = nest(5000),
    F = catch throw_deep(4000),
    G = [catch len(seq(2500)) || _ <- [1, 2]],
    {A, B, C, D, E, F, G}.

deep_fail(0) -> error(bottom);
deep_fail(N) -> [N | deep_fail(N - 1)].

throw_deep(0) -> throw(thrown);
throw_deep(N) -> [N | throw_deep(N - 1)].

nest(0) -> 0;
nest(N) -> try nest(N - 1) of V -> V + 1 catch _:_ -> err end.

%% Arithmetic edge cases at the small-integer boundary (literal operands).
arith() ->
    Max = 9007199254740991,
    Min = -9007199254740991,
    {Max + 1, Min - 1, 1 + Max, Min + (-1), Max - (-1), Max - 1, Min + 1,
     -1 - Min, 2 - Max, Max + Min, Max * 2, a_lt(Max + 1), a_lt(3), a_lt(1.5)}.

a_lt(X) when X < 2 -> lt;
a_lt(_) -> ge.

%% The million-deep body recursions of the benchmark (test/exec/fib-bench.test.ts).
deep1m() -> blen(seq(1000000)).

blen([]) -> 0;
blen([_ | T]) -> 1 + blen(T).

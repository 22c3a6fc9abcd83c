-module(e2e).
-export([fib/1, fib30/0, main/0, len/1, catches/0, c/1, captures/0, arith/0, deep1m/0, stacks/0, lcs/0]).

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

%% Stack shapes: a call to a function that can never return keeps no frame (so only
%% the raising function and the caller outside the chain show), and a body recursion
%% shows its call site once however deep (5000 deep: across captures).
stacks() ->
    [try never(5000) catch error:R1:S1 -> {R1, own(S1)} end,
     (catch never(3)),
     try chain_f() catch error:R2:S2 -> {R2, own(S2)} end,
     try may(5000) catch error:R3:S3 -> {R3, own(S3)} end,
     (catch may(3)),
     try 1 + may(40) catch error:R4:S4 -> {R4, own(S4)} end,
     %% A call that never returns inside a try/catch body keeps its caller's frame, also
     %% when the body resumes after a capture (may(-1) is 5000 deep first).
     try X = deep_sum(5000), never(X - X) catch error:R5:S5 -> {R5, own(S5)} end,
     (catch begin Y = deep_sum(5000), never(Y - Y) end),
     %% Two call sites on one line are two entries; repeats of one are merged.
     try map1(fun(V) when V > 2 -> error({big, V}); (V) -> V end, [1, 2, 3])
     catch error:R6:S6 -> {R6, own(S6)} end,
     %% maps functions compiled to BIFs: their errors name erlang:map_get etc.
     try maps:get(k, #{}) catch error:R7:S7 -> {R7, hd(S7)} end,
     try maps:size(nomap) catch error:R8:S8 -> {R8, hd(S8)} end].

deep_sum(0) -> 0;
deep_sum(N) -> 1 + deep_sum(N - 1).

map1(F, [H | T]) -> [F(H) | map1(F, T)];
map1(_, []) -> [].

%% Comprehensions whose generators run long enough to be captured and resumed (the
%% inner one tail-calls the outer one when it runs out), with bignum bit operations.
lcs() ->
    L = lists:seq(1, 60),
    Big = 1 bsl 70,
    A = [{X, Y} || X <- L, Y <- L, (X * Y) rem 7 =:= 0, fib(X rem 12) > 3],
    B = [(Big + X) band (Big bor 255) || X <- L],
    C = [X bxor Big || X <- L, X rem 20 =:= 0],
    D = [(Big bsl X) bsr (X + 1) || X <- [1, 40, 80]],
    {length(A), lists:sum([P * Q || {P, Q} <- A]), lists:sum(B), C, D}.

%% Only this module's frames: the ones below depend on how the test calls stacks/0.
own(S) -> [E || {e2e, _, _, _} = E <- S].

never(0) -> error(bottom);
never(N) -> [N | never(N - 1)].

may(0) -> error(bottom);
may(-1) -> [];
may(N) -> [N | may(N - 1)].

chain_f() -> X = chain_g(), {X}.
chain_g() -> X = chain_h(), {X}.
chain_h() -> error(chain).

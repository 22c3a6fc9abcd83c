%% A seeded generator of operation sequences for signal_driver, and the recorder that
%% runs them on real OTP (scripts/record-signal-model.sh writes
%% test/proc/fixtures/signal-sample.txt with it). Like signal-model.ts's `normalise` for
%% fast-check's sequences, indices are bounded by the spawn steps so far and monitor
%% numbers by the monitor steps so far; unlike it, this generator does not know which
%% workers are alive, so its sequences also have steps by dead workers and (after a
%% spawn_link by a dead worker, which spawns nothing) steps naming unspawned workers.
-module(signal_sample).
-export([record/3, gen/1]).

record(File, Seed, Count) ->
    rand:seed(exsss, {Seed, Seed * 7 + 1, Seed * 13 + 2}),
    Seqs = [gen(rand:uniform(20)) || _ <- lists:seq(1, Count)],
    Lines = [io_lib:format("~w\t~w~n", [S, signal_driver:run(S)]) || S <- Seqs],
    Head = io_lib:format("% Recorded by scripts/record-signal-model.sh from OTP ~s (seed ~w, ~w sequences).~n"
                         "% Each line: a sequence for signal_driver:run/1, a tab, what it returned.~n",
                         [erlang:system_info(otp_release), Seed, Count]),
    ok = file:write_file(File, [Head | Lines]).

gen(Len) -> gen(Len, 0, 0, []).

gen(0, _, _, Acc) ->
    lists:reverse(Acc);
gen(Len, N, M, Acc) ->
    Op = norm(raw(), N, M),
    N1 = case Op of
             spawn -> min(N + 1, 10);
             {spawn_link, _} -> min(N + 1, 10);
             _ -> N
         end,
    M1 = case Op of
             {monitor, _, _} -> M + 1;
             _ -> M
         end,
    gen(Len - 1, N1, M1, [Op | Acc]).

pick(L) -> lists:nth(rand:uniform(length(L)), L).

w() -> rand:uniform(10).

reason() -> pick([normal, kill, killed, foo, shutdown]).

raw() ->
    case pick([spawn, spawn, spawn, spawn_link, link, link, link, link, unlink, monitor, monitor,
               demonitor, exit, exit, exit, die, trap, trap, trap]) of
        spawn -> spawn;
        spawn_link -> {spawn_link, w()};
        link -> {link, w(), w()};
        unlink -> {unlink, w(), w()};
        monitor -> {monitor, w(), w()};
        demonitor -> {demonitor, w(), w(), pick([plain, info, flush])};
        exit ->
            From = case rand:uniform(8) of
                       1 -> 0;
                       _ -> w()
                   end,
            {exit, From, w(), reason()};
        die -> {die, w(), reason()};
        trap -> {trap, w(), pick([true, false])}
    end.

norm(Op, 0, _) when Op =/= spawn -> spawn;
norm({demonitor, I, K, _}, N, 0) -> norm({monitor, I, K}, N, 0);
norm(spawn, _, _) -> spawn;
norm({spawn_link, I}, N, _) -> {spawn_link, b(I, N)};
norm({die, I, R}, N, _) -> {die, b(I, N), R};
norm({trap, I, B}, N, _) -> {trap, b(I, N), B};
norm({exit, 0, J, R}, N, _) -> {exit, 0, b(J, N), R};
norm({exit, I, J, R}, N, _) -> {exit, b(I, N), b(J, N), R};
norm({demonitor, I, K, O}, N, M) -> {demonitor, b(I, N), b(K, M), O};
norm({Kind, I, J}, N, _) -> {Kind, b(I, N), b(J, N)}.

b(I, N) -> (I - 1) rem N + 1.

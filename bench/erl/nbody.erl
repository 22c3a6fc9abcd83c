%% N-body: the Sun and the four gas giants, integrated with a simple symplectic step
%% (the Benchmarks Game problem). Float arithmetic, tuples and list rebuilding.
%% run(Steps) returns the system's energy after Steps steps of 0.01 days; every
%% operation is IEEE add/sub/mul/div or sqrt, so the result is the same bit for bit
%% on any conforming implementation.
-module(nbody).
-export([run/1, energy/1, bodies/0]).

-define(PI, 3.141592653589793).
-define(SOLAR_MASS, (4 * ?PI * ?PI)).
-define(DAYS_PER_YEAR, 365.24).

run(Steps) ->
    Bodies = offset_momentum(bodies()),
    energy(steps(Steps, Bodies)).

%% {X, Y, Z, VX, VY, VZ, Mass}
bodies() ->
    [{0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ?SOLAR_MASS},
     planet(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
            1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
            9.54791938424326609e-04),
     planet(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
            -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
            2.85885980666130812e-04),
     planet(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
            2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
            4.36624404335156298e-05),
     planet(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
            2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
            5.15138902046611451e-05)].

planet(X, Y, Z, VX, VY, VZ, M) ->
    {X, Y, Z, VX * ?DAYS_PER_YEAR, VY * ?DAYS_PER_YEAR, VZ * ?DAYS_PER_YEAR, M * ?SOLAR_MASS}.

%% Give the Sun the momentum that makes the system's total zero.
offset_momentum([{X, Y, Z, _, _, _, M} | Planets] = Bodies) ->
    {PX, PY, PZ} = lists:foldl(fun({_, _, _, VX, VY, VZ, Mi}, {AX, AY, AZ}) ->
                                       {AX + VX * Mi, AY + VY * Mi, AZ + VZ * Mi}
                               end, {0.0, 0.0, 0.0}, Bodies),
    [{X, Y, Z, -PX / ?SOLAR_MASS, -PY / ?SOLAR_MASS, -PZ / ?SOLAR_MASS, M} | Planets].

steps(0, Bodies) -> Bodies;
steps(N, Bodies) -> steps(N - 1, advance(Bodies, 0.01)).

advance(Bodies, Dt) ->
    [{X + Dt * VX, Y + Dt * VY, Z + Dt * VZ, VX, VY, VZ, M}
     || {X, Y, Z, VX, VY, VZ, M} <- velocities(Bodies, Dt)].

%% Each body pulls on every later one; the first body is final once it has met them all.
velocities([], _Dt) -> [];
velocities([B | Rest], Dt) ->
    {B1, Rest1} = pull(B, Rest, Dt, []),
    [B1 | velocities(Rest1, Dt)].

pull(B, [], _Dt, Acc) -> {B, lists:reverse(Acc)};
pull({X, Y, Z, VX, VY, VZ, M}, [{X2, Y2, Z2, VX2, VY2, VZ2, M2} | Rest], Dt, Acc) ->
    DX = X - X2,
    DY = Y - Y2,
    DZ = Z - Z2,
    D2 = DX * DX + DY * DY + DZ * DZ,
    Mag = Dt / (D2 * math:sqrt(D2)),
    B1 = {X, Y, Z, VX - DX * M2 * Mag, VY - DY * M2 * Mag, VZ - DZ * M2 * Mag, M},
    B2 = {X2, Y2, Z2, VX2 + DX * M * Mag, VY2 + DY * M * Mag, VZ2 + DZ * M * Mag, M2},
    pull(B1, Rest, Dt, [B2 | Acc]).

energy(Bodies) -> energy(Bodies, 0.0).

energy([], E) -> E;
energy([{X, Y, Z, VX, VY, VZ, M} | Rest], E0) ->
    E1 = E0 + 0.5 * M * (VX * VX + VY * VY + VZ * VZ),
    lists:foldl(fun({X2, Y2, Z2, _, _, _, M2}, E) ->
                        DX = X - X2,
                        DY = Y - Y2,
                        DZ = Z - Z2,
                        E - M * M2 / math:sqrt(DX * DX + DY * DY + DZ * DZ)
                end, energy(Rest, E1), Rest).

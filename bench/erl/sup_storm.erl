%% Supervisor storm (issue 6): the same code runs on erlts and on BEAM.
%%
%%   storm(Kills)  a one_for_one supervisor with 100 workers whose restart intensity
%%                 allows Kills restarts; Kills random kills (rand with a fixed seed,
%%                 bit-exact on both), each waited for until the supervisor has
%%                 restarted the child; then one kill more, past the intensity, and
%%                 the supervisor shuts down. Returns {Alive after the storm (100),
%%                 phash2 of the victims, the supervisor's exit reason (shutdown),
%%                 children left after the shutdown (0)}.
%%
%% The supervisor reports (one per kill) are switched off for the run (primary
%% logger level none, restored after): the case measures supervision, and 10,000
%% reports per run would flood the benchmark's output on both sides.
-module(sup_storm).
-behaviour(supervisor).
-export([storm/1, init/1, start_worker/1]).

-define(WORKERS, 100).

storm(Kills) ->
    #{level := Level} = logger:get_primary_config(),
    ok = logger:set_primary_config(level, none),
    try run(Kills)
    after logger:set_primary_config(level, Level)
    end.

run(Kills) ->
    rand:seed(exsss, {2026, 11, 25}),
    {ok, Sup} = supervisor:start_link(?MODULE, Kills),
    unlink(Sup),
    %% The first start of each worker announced itself too.
    Workers = list_to_tuple([receive {started, I, P} -> P end || I <- lists:seq(1, ?WORKERS)]),
    {Workers1, Victims} = kill_loop(Sup, Workers, Kills, 0),
    Alive = length([I || {I, P, _, _} <- supervisor:which_children(Sup), is_pid(P),
                         is_process_alive(P), P =:= element(I, Workers1)]),
    Mon = monitor(process, Sup),
    exit(element(rand:uniform(?WORKERS), Workers1), kill),
    Reason = receive {'DOWN', Mon, process, Sup, R} -> R end,
    Left = length([P || P <- tuple_to_list(Workers1), is_process_alive(P)]),
    {Alive, Victims, Reason, Left}.

%% Kills a random worker, waits until the supervisor has restarted it and learns the
%% new pid (the start function answers with it); Victims hashes the sequence.
kill_loop(_Sup, Workers, 0, Victims) ->
    {Workers, Victims};
kill_loop(Sup, Workers, N, Victims) ->
    I = rand:uniform(?WORKERS),
    Old = element(I, Workers),
    exit(Old, kill),
    New = receive {started, I, P} -> P end,
    kill_loop(Sup, setelement(I, Workers, New), N - 1, erlang:phash2({Victims, I})).

init(Kills) ->
    Main = self_parent(),
    {ok, {#{strategy => one_for_one, intensity => Kills, period => 3600},
          [#{id => I, start => {?MODULE, start_worker, [{I, Main}]}, shutdown => brutal_kill}
           || I <- lists:seq(1, ?WORKERS)]}}.

%% init/1 runs in the supervisor: its parent is the process running the storm.
self_parent() ->
    [Parent | _] = get('$ancestors'),
    Parent.

start_worker({I, Main}) ->
    Pid = spawn_link(fun worker/0),
    Main ! {started, I, Pid},
    {ok, Pid}.

worker() ->
    receive _ -> worker() end.

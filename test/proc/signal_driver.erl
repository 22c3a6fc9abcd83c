%% Executes a sequence of process-signal operations over up to 10 worker processes and
%% returns what was observed, as plain data (test/proc/signal-model.test.ts compares it with
%% the TypeScript model in signal-model.ts; scripts/record-signal-model.sh records it from
%% real OTP).
%%
%% Operations (worker indices start at 1; index 0 in an exit names the driver itself):
%%   spawn                       the driver spawns a new worker
%%   {spawn_link, I}             worker I spawn_links a new worker
%%   {link, I, J} | {unlink, I, J} | {monitor, I, J}
%%   {demonitor, I, K, Opt}      worker I demonitors the monitor made by the K-th monitor
%%                               step (Opt: plain = demonitor/1, info | flush = demonitor/2)
%%   {exit, I, J, Reason}        I calls exit(J, Reason); I = 0: the driver calls it
%%   {die, I, Reason}            I calls exit(Reason)
%%   {trap, I, Bool}             I calls process_flag(trap_exit, Bool)
%%
%% Steps run one at a time. A worker acks each command; then the driver synchronises:
%% rounds of a ping to every live worker, each answered by a pong (carrying the messages
%% the worker drained from its mailbox) or by the driver's monitor firing, repeated until
%% a round in which nobody died. So every signal a step caused has been handled before
%% the next step starts.
%%
%% Observation: {Steps, Final}.
%%   Steps: one {Result, Deaths, Messages} per step, where
%%     Result   = {ok, Value} | {Class, Reason} (the command raised) | died (the acting
%%                worker died during the step) | dead (the acting worker was dead before)
%%                | full (10 workers already) | noref (that monitor step made no monitor)
%%                | noworker (a named worker was never spawned)
%%     Deaths   = sorted [{Worker, Reason}] of the workers that died during the step
%%     Messages = sorted [{Worker, Msg}] received during the step by workers still alive
%%                after it: {exit, From, Reason} | {down, K, From, Reason} | {other, Term}
%%   Final: per worker {I, alive, TrapExit, SortedLinks, SortedMonitoredWorkers}
%%          or {I, dead, Reason}.
%% Pids are replaced by worker indices (0 = driver), monitor refs by {mon, K}, worker pids
%% in results by {pid, I}.
%%
%% Deterministic on real OTP with one scheduler (erl +S 1, as
%% scripts/record-signal-model.sh runs it): a dying process then sends all its exit
%% signals and DOWN messages before the driver runs again, so the round after a death
%% sees them handled. With several schedulers the driver can see its own DOWN while the
%% dying process is still sending the others, and (seen in about 1 of 500 sequences) a
%% message lands after the round that should have collected it.
-module(signal_driver).
-export([run/1, worker/1]).

%% st: workers is a list of {I, Pid, DriverMonRef, alive | {dead, Reason}} (newest first),
%% mons a list of {K, Ref | none} (newest first), nmons the number of monitor steps so far.
-record(st, {workers = [], mons = [], nmons = 0}).

run(Seq) ->
    process_flag(trap_exit, true),
    {Steps, St} = steps(Seq, #st{}, []),
    Final = final(St),
    [exit(Pid, kill) || {_, Pid, _, alive} <- St#st.workers],
    {Steps, Final}.

steps([], St, Acc) ->
    {lists:reverse(Acc), St};
steps([Op | Ops], St0, Acc) ->
    {Result, St1a, Dead1} = case exists(Op, St0) of
                                true -> op(Op, St0);
                                false -> {noworker, St0, []}
                            end,
    %% every monitor step has a number, whether or not it made a monitor
    St1 = case is_tuple(Op) andalso element(1, Op) =:= monitor andalso St1a#st.nmons =:= St0#st.nmons of
              true -> St1a#st{nmons = St0#st.nmons + 1, mons = [{St0#st.nmons + 1, none} | St1a#st.mons]};
              false -> St1a
          end,
    {St2, Dead2, Msgs} = settle(St1),
    Deaths = lists:sort(Dead1 ++ Dead2),
    Actor = actor(Op),
    Result1 = case lists:keymember(Actor, 1, Deaths) of
                  true -> died;
                  false -> Result
              end,
    Alive = [I || {I, _, _, alive} <- St2#st.workers],
    Msgs1 = lists:sort([{I, M} || {I, M} <- Msgs, lists:member(I, Alive)]),
    steps(Ops, St2, [{Result1, Deaths, Msgs1} | Acc]).

%% Whether the workers an operation names have been spawned (a spawn_link by a dead
%% worker spawns nothing, and signal_sample's generator only bounds indices by the
%% spawn steps).
exists(Op, St) ->
    N = length(St#st.workers),
    Ws = case Op of
             spawn -> [];
             {spawn_link, I} -> [I];
             {demonitor, I, _, _} -> [I];
             {exit, I, J, _} -> [I, J];
             {die, I, _} -> [I];
             {trap, I, _} -> [I];
             {_, I, J} -> [I, J]
         end,
    lists:all(fun(W) -> W =< N end, Ws).

actor(spawn) -> 0;
actor({spawn_link, I}) -> I;
actor({_, I, _}) -> I;
actor({_, I, _, _}) -> I.

%% op(Op, St) -> {Result, St, DeathsSeen}
op(spawn, St) ->
    case length(St#st.workers) >= 10 of
        true -> {full, St, []};
        false ->
            {I, St1} = add_worker(spawn(?MODULE, worker, [self()]), St),
            {{ok, {pid, I}}, St1, []}
    end;
op({spawn_link, I}, St) ->
    case length(St#st.workers) >= 10 of
        true -> {full, St, []};
        false -> command(I, spawn_link, St)
    end;
op({link, I, J}, St) -> command(I, {link, pid(J, St)}, St);
op({unlink, I, J}, St) -> command(I, {unlink, pid(J, St)}, St);
op({monitor, I, J}, St) -> command(I, {monitor, pid(J, St)}, St);
op({demonitor, I, K, Opt}, St) ->
    case lists:keyfind(K, 1, St#st.mons) of
        {K, none} -> {noref, St, []};
        {K, Ref} -> command(I, {demonitor, Ref, Opt}, St)
    end;
op({exit, 0, J, Reason}, St) ->
    {{ok, exit(pid(J, St), Reason)}, St, []};
op({exit, I, J, Reason}, St) -> command(I, {exit, pid(J, St), Reason}, St);
op({die, I, Reason}, St) -> command(I, {die, Reason}, St);
op({trap, I, B}, St) -> command(I, {trap, B}, St).

%% Sends a command to worker I and waits for its ack or its death.
command(I, Cmd, St) ->
    {I, Pid, DRef, Status} = lists:keyfind(I, 1, St#st.workers),
    case Status of
        {dead, _} ->
            {dead, St, []};
        alive ->
            Pid ! {cmd, self(), Cmd},
            receive
                {ack, Pid, Res} ->
                    St1 = note_monitor(Cmd, Res, St),
                    case {Cmd, Res} of
                        {spawn_link, {ok, New}} ->
                            {J, St2} = add_worker(New, St1),
                            {{ok, {pid, J}}, St2, []};
                        _ ->
                            {translate(Res, St1), St1, []}
                    end;
                {'DOWN', DRef, process, Pid, Reason} ->
                    {died, mark_dead(I, Reason, St), [{I, Reason}]}
            end
    end.

note_monitor({monitor, _}, {ok, Ref}, St) when is_reference(Ref) ->
    K = St#st.nmons + 1,
    St#st{nmons = K, mons = [{K, Ref} | St#st.mons]};
note_monitor(_, _, St) ->
    St.

add_worker(Pid, St) ->
    I = length(St#st.workers) + 1,
    Ref = erlang:monitor(process, Pid),
    {I, St#st{workers = [{I, Pid, Ref, alive} | St#st.workers]}}.

mark_dead(I, Reason, St) ->
    {I, Pid, Ref, _} = lists:keyfind(I, 1, St#st.workers),
    St#st{workers = lists:keyreplace(I, 1, St#st.workers, {I, Pid, Ref, {dead, Reason}})}.

pid(J, St) ->
    {J, Pid, _, _} = lists:keyfind(J, 1, St#st.workers),
    Pid.

%% Rounds of ping/pong until a round in which no worker died.
settle(St) -> settle(St, [], []).

settle(St, DeadAcc, MsgAcc) ->
    {St1, Dead, Msgs} = round(St, false),
    case Dead of
        [] -> {St1, DeadAcc, MsgAcc ++ Msgs};
        _ -> settle(St1, DeadAcc ++ Dead, MsgAcc ++ Msgs)
    end.

%% One round: returns {St, Deaths, [{I, TranslatedMsg}]}; with Final, the messages part
%% holds {I, {info, Trap, Links, Monitors}} entries as well.
round(St, Final) ->
    Live = [W || W = {_, _, _, alive} <- St#st.workers],
    [Pid ! {ping, self(), Final} || {_, Pid, _, _} <- Live],
    lists:foldl(
      fun({I, Pid, DRef, _}, {S, D, M}) ->
              receive
                  {pong, Pid, Msgs, Info} ->
                      M1 = [{I, translate_msg(X, S)} || X <- Msgs],
                      M2 = case Info of
                               none -> [];
                               {Trap, Links, Mons} ->
                                   [{I, {info, Trap,
                                         lists:sort([index(P, S) || P <- Links]),
                                         lists:sort([index(P, S) || {process, P} <- Mons])}}]
                           end,
                      {S, D, M ++ M1 ++ M2};
                  {'DOWN', DRef, process, Pid, Reason} ->
                      {mark_dead(I, Reason, S), D ++ [{I, Reason}], M}
              end
      end, {St, [], []}, lists:reverse(Live)).

final(St) ->
    {St1, _, Msgs} = round(St, true),
    lists:sort(
      [case Status of
           alive ->
               {info, Trap, Links, Mons} = proplists:get_value(I, [X || X = {_, {info, _, _, _}} <- Msgs]),
               {I, alive, Trap, Links, Mons};
           {dead, Reason} ->
               {I, dead, Reason}
       end || {I, _, _, Status} <- St1#st.workers]).

index(Pid, St) ->
    case lists:keyfind(Pid, 2, St#st.workers) of
        {I, _, _, _} -> I;
        false when Pid =:= self() -> 0;
        false -> {unknown, Pid}
    end.

mon_index(Ref, St) ->
    case lists:keyfind(Ref, 2, St#st.mons) of
        {K, _} -> K;
        false -> {unknown, Ref}
    end.

translate({ok, R}, St) when is_reference(R) -> {ok, {mon, mon_index(R, St)}};
translate(Res, _) -> Res.

translate_msg({'EXIT', From, Reason}, St) -> {exit, index(From, St), Reason};
translate_msg({'DOWN', Ref, process, From, Reason}, St) ->
    {down, mon_index(Ref, St), index(From, St), Reason};
translate_msg(Other, _) -> {other, Other}.

%% A worker: obeys the driver's commands, acks each, and on a ping drains its mailbox.
worker(D) ->
    receive
        {cmd, D, {die, Reason}} ->
            exit(Reason);
        {cmd, D, Cmd} ->
            Res = try {ok, do(Cmd, D)} catch Class:Reason -> {Class, Reason} end,
            D ! {ack, self(), Res},
            worker(D);
        {ping, D, Final} ->
            Msgs = drain([]),
            Info = case Final of
                       true ->
                           {trap_exit, Trap} = process_info(self(), trap_exit),
                           {links, Links} = process_info(self(), links),
                           {monitors, Mons} = process_info(self(), monitors),
                           {Trap, Links, Mons};
                       false -> none
                   end,
            D ! {pong, self(), Msgs, Info},
            worker(D)
    end.

do({link, P}, _) -> link(P);
do({unlink, P}, _) -> unlink(P);
do({monitor, P}, _) -> erlang:monitor(process, P);
do({demonitor, Ref, plain}, _) -> erlang:demonitor(Ref);
do({demonitor, Ref, Opt}, _) -> erlang:demonitor(Ref, [Opt]);
do({exit, P, Reason}, _) -> exit(P, Reason);
do({trap, B}, _) -> process_flag(trap_exit, B);
do(spawn_link, D) -> spawn_link(?MODULE, worker, [D]).

drain(Acc) ->
    receive
        M -> drain([M | Acc])
    after 0 -> lists:reverse(Acc)
    end.

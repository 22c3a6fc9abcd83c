%% eunit_proc: EUnit's runner.
%%
%% A task is a group run in a process of its own (the whole test set, a {spawn,
%% T} group, a setup fixture, an inparallel item). Each task has an insulator
%% process that starts the runner process, forwards its events to the sink (the
%% tty listener, or a buffer for inparallel items), answers its timeouts by
%% killing it, and reports the runner's death. Within a runner, tests run one
%% after another, each with a fresh group leader that collects what it prints.
%%
%% A failing test prints its stack trace, runner frames included, so the
%% functions on that path have OTP's names, and -file attributes put their
%% call sites on the lines of OTP 25's eunit_proc.erl: with_timeout/3 (346,
%% 356), tests_inorder/3 (456), handle_test/2 (514), run_test/1 (531) and
%% run_group/2 (570).
-module(eunit_proc).
-export([run/2, group_leader_process/1, get_output/0]).

-include("eunit_records.hrl").

-define(DEFAULT_TEST_TIMEOUT, 5000).
-define(DEFAULT_GROUP_TIMEOUT, infinity).

%% insulator: where the runner's events go; order: inorder | {inparallel, N}.
-record(st, {insulator, order = inorder}).

%% Runs a test set as one task, reporting to Sink; returns when it is over.
run(Tests, Sink) ->
    Task = start_task(fun (St) -> tests(Tests, St) end, {undefined, false}, Sink, #st{}),
    wait_for_task(Task).

%% What the calling test has printed so far, as a string (?capturedOutput).
get_output() ->
    Ref = make_ref(),
    group_leader() ! {get_output, self(), Ref},
    receive {output, Ref, Text} -> unicode:characters_to_list(Text) end.

%% ---------------------------------------------------------------- tasks

%% Group: {Desc, Own}, the task's group and whether Body begins it (a spawned
%% group), which decides who gets the reason when the runner dies.
start_task(Body, Group, Sink, St) ->
    Parent = self(),
    spawn_link(fun () -> insulator(Body, Group, Sink, Parent, St) end).

wait_for_task(Task) ->
    receive {done, Task} -> ok end.

insulator(Body, {Desc, Own}, Sink, Parent, St) ->
    process_flag(trap_exit, true),
    Self = self(),
    Runner = spawn_link(fun () -> child_process(Body, St#st{insulator = Self}) end),
    insulate(Runner, Desc, Own, Sink, Parent, []),
    Parent ! {done, Self},
    unlink(Parent).

%% Open: the runner's groups and test that have begun and not ended, innermost
%% first, so that a timeout or a crash can cancel them.
insulate(Runner, Desc, Own, Sink, Parent, Open) ->
    receive
        {event, Runner, Ev} ->
            Sink ! {event, Ev},
            insulate(Runner, Desc, Own, Sink, Parent, track(Ev, Open));
        {event, Ev} ->
            %% from the insulator of a task the runner started
            Sink ! {event, Ev},
            insulate(Runner, Desc, Own, Sink, Parent, Open);
        {timeout, Runner} ->
            Reason = case process_info(Runner, current_stacktrace) of
                         {current_stacktrace, Stack} -> {timeout, Stack};
                         undefined -> timeout
                     end,
            exit(Runner, kill),
            cancel(Open, Reason, blame, Own, Desc, Sink);
        {'EXIT', Runner, normal} ->
            ok;
        {'EXIT', Runner, {eunit_abort, Why}} ->
            cancel(Open, undefined, {abort, Why}, Own, Desc, Sink);
        {'EXIT', Runner, Reason} ->
            cancel(Open, undefined, {exit, Reason}, Own, Desc, Sink);
        {'EXIT', Parent, _} ->
            exit(Runner, kill);
        {io_request, From, ReplyAs, _} ->
            %% output of the runner outside tests (fixtures) is dropped
            From ! {io_reply, ReplyAs, ok},
            insulate(Runner, Desc, Own, Sink, Parent, Open)
    end.

track({begin_group, _} = Ev, Open) -> [Ev | Open];
track({begin_test, _} = Ev, Open) -> [Ev | Open];
track({end_group, _, _}, [_ | Open]) -> Open;
track({end_test, _, _}, [_ | Open]) -> Open;
track({cancel_group, _, _}, [{begin_group, _} | Open]) -> Open;
track(_, Open) -> Open.

%% When the runner dies: the test it was running gets TestReason, the groups
%% around it are closed, and the task's own group gets GroupReason, once (if the
%% task began its own group, that is the outermost open one).
cancel([{begin_test, Data} | Open], TestReason, GroupReason, Own, Desc, Sink) ->
    Sink ! {event, {cancel_test, Data, TestReason}},
    cancel(Open, TestReason, GroupReason, Own, Desc, Sink);
cancel([{begin_group, D}], _, GroupReason, true, _, Sink) ->
    Sink ! {event, {cancel_group, D, GroupReason}};
cancel([{begin_group, D} | Open], TestReason, GroupReason, Own, Desc, Sink) ->
    Sink ! {event, {cancel_group, D, undefined}},
    cancel(Open, TestReason, GroupReason, Own, Desc, Sink);
cancel([], _, GroupReason, _, Desc, Sink) ->
    Sink ! {event, {cancel_group, Desc, GroupReason}}.

event(Ev, St) ->
    St#st.insulator ! {event, self(), Ev}.

%% ---------------------------------------------------------------- running

tests(Tests, #st{order = inorder} = St) ->
    tests_inorder(Tests, 0, St);
tests(Tests, #st{order = {inparallel, N}} = St) ->
    tests_inparallel(Tests, N, St).


handle_item(#test{} = T, St) -> handle_test(T, St);
handle_item(#group{} = G, St) -> handle_group(G, St).

handle_group(#group{order = Order} = G, St0) ->
    St = case Order of
             undefined -> St0;
             _ -> St0#st{order = Order}
         end,
    case G#group.spawn of
        undefined ->
            run_group(G, St);
        local ->
            Task = start_task(fun (St1) -> run_group(G, St1) end, {G#group.desc, true}, St#st.insulator, St),
            wait_for_task(Task)
    end.

%% Every item in a process of its own, at most N at a time (0: no limit); the
%% events of each are passed on in item order once all have finished.
tests_inparallel(Tests, N, St) ->
    Buffers = run_parallel(Tests, N, 0, [], St),
    [St#st.insulator ! {event, self(), Ev} || Buffer <- Buffers, Ev <- Buffer],
    length(Buffers).

run_parallel(Tests, N, Running, Acc, St) when N > 0, Running >= N ->
    Done = [{done, Evs} || Evs <- lists:reverse(collect(Acc))],
    run_parallel(Tests, N, 0, Done, St);
run_parallel(Tests, N, Running, Acc, St) ->
    case get_next_item(Tests) of
        {Item, Rest} ->
            Buffer = spawn_link(fun buffer/0),
            Task = start_task(fun (St1) -> handle_item(Item, St1) end, {undefined, false}, Buffer, St),
            run_parallel(Rest, N, Running + 1, [{Task, Buffer} | Acc], St);
        none ->
            collect(Acc)
    end.

%% Acc: the items started so far, newest first, each {Task, Buffer} or {done,
%% Events}. Waits for the tasks; the items' events, oldest item first.
collect(Acc) ->
    [events(Entry) || Entry <- lists:reverse(Acc)].

events({done, Evs}) -> Evs;
events({Task, Buffer}) ->
    wait_for_task(Task),
    Ref = make_ref(),
    Buffer ! {take, self(), Ref},
    receive {events, Ref, Evs} -> Evs end.

buffer() -> buffer([]).
buffer(Evs) ->
    receive
        {event, Ev} -> buffer([Ev | Evs]);
        {take, From, Ref} -> From ! {events, Ref, lists:reverse(Evs)}
    end.

set_timeout(Time, St) ->
    erlang:send_after(Time, St#st.insulator, {timeout, self()}).

with_timeout(undefined, Default, F, St) -> with_timeout(Default, F, St);
with_timeout(Time, _Default, F, St) -> with_timeout(Time, F, St).

-file("eunit_proc.erl", 337).
%% The run time of F in ms; an integer Time arms the insulator's timeout.
with_timeout(infinity, F, _St) ->
    {T0, _} = statistics(wall_clock),
    %% the clauses are laid out so that each call of F falls on OTP's line
    %%
    %%
    %%
    %%
    Value = F(),
    {T1, _} = statistics(wall_clock),
    {Value, T1 - T0};
with_timeout(Time, F, St) when is_integer(Time), Time > 16#ffffffff -> with_timeout(16#ffffffff, F, St);
with_timeout(Time, F, St) when is_integer(Time), Time < 0 -> with_timeout(0, F, St);
with_timeout(Time, F, St) when is_integer(Time) ->
    Timer = set_timeout(Time, St),
    {T0, _} = statistics(wall_clock),
    %%
    %%
    try F() of
        Value ->
            {T1, _} = statistics(wall_clock),
            {Value, T1 - T0}
    after
        erlang:cancel_timer(Timer)
    end.

-file("eunit_proc.erl", 366).
%% The runner process of a task (its output outside tests goes to the
%% insulator). A throw that escapes is an unexpected termination.
child_process(Body, St) ->
    group_leader(St#st.insulator, self()),
    %%
    %%
    %%
    try Body(St) of
        _ -> ok
    catch
        exit:{eunit_abort, _} = Abort -> exit(Abort);
        Class:Reason:Stack -> exit({Class, Reason, Stack})
    end.

-file("eunit_proc.erl", 451).
%% Runs the items one by one; the result is how many there were.
tests_inorder(Tests, N, St) ->
    case get_next_item(Tests) of
        {Item, Rest} ->
            handle_item(Item, St),
            tests_inorder(Rest, N + 1, St);
        none ->
            N
    end.

-file("eunit_proc.erl", 487).
%% A test set that cannot be read aborts the task.
get_next_item(Tests) ->
    try eunit_data:iter_next(Tests)
    catch throw:Why -> exit({eunit_abort, Why})
    end.

-file("eunit_proc.erl", 500).
%% One test, under a group leader of its own that collects its output.
handle_test(#test{desc = Desc, location = Loc, line = Line} = T, St) ->
    Data = [{desc, Desc}, {source, Loc}, {line, Line}],
    event({begin_test, Data}, St),
    Old = group_leader(),
    Collector = spawn_link(?MODULE, group_leader_process, [self()]),
    group_leader(Collector, self()),
    %%
    %%
    %%
    %%
    %%
    %%
    {Status, Time} = with_timeout(T#test.timeout, ?DEFAULT_TEST_TIMEOUT,
                                  fun () -> run_test(T) end, St),
    group_leader(Old, self()),
    Output = collected(Collector),
    unlink(Collector),
    exit(Collector, kill),
    event({end_test, Data, [{status, Status}, {time, Time}, {output, Output}]}, St),
    ok.

-file("eunit_proc.erl", 527).
%% ok | {error, Exception} | {skipped, Why}
run_test(#test{f = F}) ->
    try
        eunit_test:run_testfun(F)
    of
        {ok, _} -> ok;
        {error, _} = Error -> Error
    catch
        throw:Why -> {skipped, Why}
    end.

-file("eunit_proc.erl", 559).
%% A group in this process: its fixture (if any) around its tests. A fixture
%% that fails cancels the group; the tests after it go on.
run_group(#group{desc = Desc, timeout = Timeout} = G, St) ->
    event({begin_group, Desc}, St),
    F = fun (Tests) -> enter_group(Tests, Timeout, St) end,
    %%
    %%
    %%
    %%
    %%
    try with_context(G, F) of
        {_Count, Time} ->
            event({end_group, Desc, Time}, St)
    catch
        throw:{context_error, Why, Exc} ->
            event({cancel_group, Desc, {abort, {Why, Exc}}}, St)
    end,
    ok.

enter_group(Tests, Timeout, St) ->
    with_timeout(Timeout, ?DEFAULT_GROUP_TIMEOUT, fun () -> tests(Tests, St) end, St).

with_context(#group{context = undefined, tests = Tests}, F) -> F(Tests);
with_context(#group{context = Ctx, tests = I}, F) -> eunit_data:enter_context(Ctx, I, F).

%% ---------------------------------------------------------------- output

%% The group leader of one test: answers output requests, keeping the text.
group_leader_process(Runner) ->
    collect_output(Runner, []).

collect_output(Runner, Acc) ->
    receive
        {io_request, From, ReplyAs, Req} ->
            {Reply, Acc1} = io_request(Req, Acc),
            From ! {io_reply, ReplyAs, Reply},
            collect_output(Runner, Acc1);
        {get_output, From, Ref} ->
            From ! {output, Ref, text(Acc)},
            collect_output(Runner, Acc)
    end.

io_request({put_chars, Enc, Chars}, Acc) -> keep(unicode:characters_to_binary(Chars, Enc, unicode), Acc);
io_request({put_chars, Enc, M, F, A}, Acc) -> io_request({put_chars, Enc, apply(M, F, A)}, Acc);
io_request({put_chars, Chars}, Acc) -> io_request({put_chars, latin1, Chars}, Acc);
io_request({put_chars, M, F, A}, Acc) -> io_request({put_chars, latin1, M, F, A}, Acc);
io_request({requests, Rs}, Acc) ->
    lists:foldl(fun (R, {ok, A}) -> io_request(R, A);
                    (_, Error) -> Error
                end, {ok, Acc}, Rs);
io_request({get_geometry, _}, Acc) -> {{error, enotsup}, Acc};
io_request({setopts, _}, Acc) -> {ok, Acc};
io_request(getopts, Acc) -> {[], Acc};
io_request(_, Acc) -> {{error, enotsup}, Acc}.

keep(Bin, Acc) when is_binary(Bin) -> {ok, [Bin | Acc]};
keep(_, Acc) -> {{error, put_chars}, Acc}.

text(Acc) -> list_to_binary(lists:reverse(Acc)).

collected(Collector) ->
    Ref = make_ref(),
    Collector ! {get_output, self(), Ref},
    receive {output, Ref, Text} -> Text end.

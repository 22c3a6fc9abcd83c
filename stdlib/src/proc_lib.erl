%% proc_lib: processes that follow the OTP design principles.
%%
%% A process started here records its ancestors ('$ancestors') and its initial call
%% ('$initial_call') in its dictionary, answers a synchronous start with init_ack/1,2,
%% and, when it ends with a reason other than normal, shutdown or {shutdown, _},
%% logs the CRASH REPORT that OTP's proc_lib logs (same report term, same metadata,
%% formatted by report_cb/2). The behaviours (gen_server, gen_statem, ...) run on it.
%%
%% The functions that show up in exit reasons ({proc_lib,init_p_do_apply,3,...}) carry
%% -file attributes so that their frames have OTP 25's line numbers.
-module(proc_lib).

-export([spawn/1, spawn/2, spawn/3, spawn/4,
         spawn_link/1, spawn_link/2, spawn_link/3, spawn_link/4,
         spawn_opt/2, spawn_opt/3, spawn_opt/4, spawn_opt/5,
         start/3, start/4, start/5, start_link/3, start_link/4, start_link/5,
         start_monitor/3, start_monitor/4, start_monitor/5,
         hibernate/3, init_ack/1, init_ack/2,
         init_p/3, init_p/5, wake_up/3,
         format/1, format/2, format/3, report_cb/2,
         initial_call/1, translate_initial_call/1,
         stop/1, stop/3]).

-include_lib("kernel/include/logger.hrl").

%% The start functions add the link or monitor themselves: a monitor option is
%% badarg (a macro as in OTP, so that the error comes from the start function).
-define(VERIFY_NO_MONITOR_OPT(M, F, A, T, Opts),
        case lists:member(monitor, Opts) orelse lists:keymember(monitor, 1, Opts) of
            true -> erlang:error(badarg, [M, F, A, T, Opts]);
            false -> ok
        end).

%% ---------------------------------------------------------------------------
%% Spawning

spawn(F) when is_function(F) ->
    erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), F]).

spawn(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn(Node, F) when is_function(F) ->
    erlang:spawn(Node, ?MODULE, init_p, [my_name(), ancestors(), F]).

spawn(Node, M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn(Node, ?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_link(F) when is_function(F) ->
    erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), F]).

spawn_link(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_link(Node, F) when is_function(F) ->
    erlang:spawn_link(Node, ?MODULE, init_p, [my_name(), ancestors(), F]).

spawn_link(Node, M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_link(Node, ?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_opt(F, Opts) when is_function(F) ->
    erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), F], Opts).

spawn_opt(Node, F, Opts) when is_function(F) ->
    erlang:spawn_opt(Node, ?MODULE, init_p, [my_name(), ancestors(), F], Opts).

spawn_opt(M, F, A, Opts) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), M, F, A], Opts).

spawn_opt(Node, M, F, A, Opts) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_opt(Node, ?MODULE, init_p, [my_name(), ancestors(), M, F, A], Opts).

spawn_mon(M, F, A) ->
    erlang:spawn_monitor(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

hibernate(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:hibernate(?MODULE, wake_up, [M, F, A]).

%% ---------------------------------------------------------------------------
%% The new process

-file("proc_lib.erl", 219).
init_p(Parent, Ancestors, Fun) when is_function(Fun) ->
    put('$ancestors', [Parent | Ancestors]),
    Mfa = fun_mfa(Fun),
    put('$initial_call', Mfa),
    try
        Fun()
    catch
        Class:Reason:Stacktrace ->
            exit_p(Class, Reason, Stacktrace)
    end.

-file("proc_lib.erl", 232).
init_p(Parent, Ancestors, M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', trans_init(M, F, A)),
    init_p_do_apply(M, F, A).

-file("proc_lib.erl", 237).
init_p_do_apply(M, F, A) ->
    try
        apply(M, F, A)
    catch
        Class:Reason:Stacktrace ->
            exit_p(Class, Reason, Stacktrace)
    end.

-file("proc_lib.erl", 247).
wake_up(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    try
        apply(M, F, A)
    catch
        Class:Reason:Stacktrace ->
            exit_p(Class, Reason, Stacktrace)
    end.

-file("proc_lib.erl", 300).
fun_mfa(Fun) ->
    {module, M} = erlang:fun_info(Fun, module),
    {name, F} = erlang:fun_info(Fun, name),
    {arity, A} = erlang:fun_info(Fun, arity),
    {M, F, A}.

%% The process failed: log the crash report (unless the reason is a normal one) and
%% exit with the reason a plain process would have had.
exit_p(Class, Reason, Stacktrace) ->
    StartF = case get('$initial_call') of
                 {M, F, A} when is_atom(M), is_atom(F), is_integer(A) ->
                     {M, F, make_dummy_args(A, [])};
                 _ ->
                     %% the dictionary was erased or changed
                     []
             end,
    crash_report(Class, Reason, StartF, Stacktrace),
    erlang:raise(exit, exit_reason(Class, Reason, Stacktrace), Stacktrace).

exit_reason(error, Reason, Stacktrace) -> {Reason, Stacktrace};
exit_reason(exit, Reason, _) -> Reason;
exit_reason(throw, Reason, Stacktrace) -> {{nocatch, Reason}, Stacktrace}.

%% ---------------------------------------------------------------------------
%% Synchronous starts

start(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    start(M, F, A, infinity).

start(M, F, A, Timeout) when is_atom(M), is_atom(F), is_list(A) ->
    sync_start(spawn_mon(M, F, A), Timeout).

-file("proc_lib.erl", 302).
start(M, F, A, Timeout, SpawnOpts) when is_atom(M), is_atom(F), is_list(A) ->
    ?VERIFY_NO_MONITOR_OPT(M, F, A, Timeout, SpawnOpts),
    sync_start(?MODULE:spawn_opt(M, F, A, [monitor | SpawnOpts]), Timeout).

start_link(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    start_link(M, F, A, infinity).

start_link(M, F, A, Timeout) when is_atom(M), is_atom(F), is_list(A) ->
    sync_start_link(?MODULE:spawn_link(M, F, A), Timeout).

-file("proc_lib.erl", 346).
start_link(M, F, A, Timeout, SpawnOpts) when is_atom(M), is_atom(F), is_list(A) ->
    ?VERIFY_NO_MONITOR_OPT(M, F, A, Timeout, SpawnOpts),
    sync_start_link(?MODULE:spawn_opt(M, F, A, [link | SpawnOpts]), Timeout).

start_monitor(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    start_monitor(M, F, A, infinity).

start_monitor(M, F, A, Timeout) when is_atom(M), is_atom(F), is_list(A) ->
    sync_start_monitor(spawn_mon(M, F, A), Timeout).

-file("proc_lib.erl", 393).
start_monitor(M, F, A, Timeout, SpawnOpts) when is_atom(M), is_atom(F), is_list(A) ->
    ?VERIFY_NO_MONITOR_OPT(M, F, A, Timeout, SpawnOpts),
    sync_start_monitor(?MODULE:spawn_opt(M, F, A, [monitor | SpawnOpts]), Timeout).

sync_start({Pid, Ref}, Timeout) ->
    receive
        {ack, Pid, Return} ->
            erlang:demonitor(Ref, [flush]),
            Return;
        {'DOWN', Ref, process, Pid, Reason} ->
            {error, Reason}
    after Timeout ->
            erlang:demonitor(Ref, [flush]),
            kill_flush(Pid),
            {error, timeout}
    end.

sync_start_link(Pid, Timeout) ->
    receive
        {ack, Pid, Return} ->
            Return;
        {'EXIT', Pid, Reason} ->
            {error, Reason}
    after Timeout ->
            kill_flush(Pid),
            {error, timeout}
    end.

sync_start_monitor({Pid, Ref}, Timeout) ->
    receive
        {ack, Pid, Return} ->
            {Return, Ref};
        {'DOWN', Ref, process, Pid, Reason} = Down ->
            %% the caller gets the 'DOWN' message too
            self() ! Down,
            {{error, Reason}, Ref}
    after Timeout ->
            kill_flush(Pid),
            {{error, timeout}, Ref}
    end.

kill_flush(Pid) ->
    unlink(Pid),
    exit(Pid, kill),
    receive {'EXIT', Pid, _} -> ok after 0 -> ok end,
    ok.

init_ack(Parent, Return) ->
    Parent ! {ack, self(), Return},
    ok.

init_ack(Return) ->
    [Parent | _] = get('$ancestors'),
    init_ack(Parent, Return).

%% ---------------------------------------------------------------------------
%% Initial calls

initial_call(DictOrPid) ->
    case raw_initial_call(DictOrPid) of
        {M, F, A} -> {M, F, make_dummy_args(A, [])};
        false -> false
    end.

%% 'Argument__1', ..., 'Argument__N'
make_dummy_args(0, Acc) -> Acc;
make_dummy_args(N, Acc) ->
    make_dummy_args(N - 1, [list_to_atom("Argument__" ++ integer_to_list(N)) | Acc]).

translate_initial_call(DictOrPid) ->
    case raw_initial_call(DictOrPid) of
        {_, _, _} = MFA -> MFA;
        false -> {?MODULE, init_p, 5}
    end.

raw_initial_call({X, Y, Z}) when is_integer(X), is_integer(Y), is_integer(Z) ->
    raw_initial_call(c_pid(X, Y, Z));
raw_initial_call(Pid) when is_pid(Pid) ->
    case info(Pid, dictionary) of
        {dictionary, Dict} -> dict_initial_call(Dict);
        _ -> false
    end;
raw_initial_call(ProcInfo) when is_list(ProcInfo) ->
    case lists:keyfind(dictionary, 1, ProcInfo) of
        {dictionary, Dict} -> dict_initial_call(Dict);
        _ -> false
    end.

c_pid(X, Y, Z) ->
    list_to_pid("<" ++ integer_to_list(X) ++ "." ++ integer_to_list(Y) ++ "."
                ++ integer_to_list(Z) ++ ">").

dict_initial_call(Dict) ->
    case lists:keyfind('$initial_call', 1, Dict) of
        {_, {_, _, _} = MFA} -> MFA;
        _ -> false
    end.

%% What '$initial_call' says for the processes of the behaviours: the callback
%% module's init/1 (supervisors and gen_event say what they are).
trans_init(gen, init_it, [gen_server, _, _, supervisor, {_, Module, _}, _]) ->
    {supervisor, Module, 1};
trans_init(gen, init_it, [gen_server, _, _, _, supervisor, {_, Module, _}, _]) ->
    {supervisor, Module, 1};
trans_init(gen, init_it, [gen_server, _, _, supervisor_bridge, [Module | _], _]) ->
    {supervisor_bridge, Module, 1};
trans_init(gen, init_it, [gen_server, _, _, _, supervisor_bridge, [Module | _], _]) ->
    {supervisor_bridge, Module, 1};
trans_init(gen, init_it, [gen_event | _]) ->
    {gen_event, init_it, 6};
trans_init(gen, init_it, [_GenMod, _, _, Module, _, _]) when is_atom(Module) ->
    {Module, init, 1};
trans_init(gen, init_it, [_GenMod, _, _, _, Module | _]) when is_atom(Module) ->
    {Module, init, 1};
trans_init(M, F, A) when is_atom(M), is_atom(F) ->
    {M, F, length(A)}.

%% ---------------------------------------------------------------------------
%% The crash report

crash_report(exit, normal, _, _) -> ok;
crash_report(exit, shutdown, _, _) -> ok;
crash_report(exit, {shutdown, _}, _, _) -> ok;
crash_report(Class, Reason, StartF, Stacktrace) ->
    ?LOG_ERROR(#{label => {proc_lib, crash},
                 report => [my_info(Class, Reason, StartF, Stacktrace),
                            linked_info(self())]},
               #{domain => [otp, sasl],
                 report_cb => fun proc_lib:report_cb/2,
                 logger_formatter => #{title => "CRASH REPORT"},
                 error_logger => #{tag => error_report, type => crash_report}}).

my_info(Class, Reason, [], Stacktrace) ->
    my_info_1(Class, Reason, Stacktrace);
my_info(Class, Reason, StartF, Stacktrace) ->
    [{initial_call, StartF} | my_info_1(Class, Reason, Stacktrace)].

my_info_1(Class, Reason, Stacktrace) ->
    Self = self(),
    [{pid, Self},
     info(Self, registered_name),
     {error_info, {Class, Reason, Stacktrace}},
     ancestors_of(Self),
     info(Self, message_queue_len),
     info(Self, messages),
     info(Self, links),
     cleaned_dictionary(Self),
     info(Self, trap_exit),
     info(Self, status),
     info(Self, heap_size),
     info(Self, stack_size),
     info(Self, reductions)].

ancestors_of(Pid) ->
    case dict_entry(Pid, '$ancestors') of
        {'$ancestors', Ancestors} -> {ancestors, Ancestors};
        _ -> {ancestors, []}
    end.

cleaned_dictionary(Pid) ->
    case info(Pid, dictionary) of
        {dictionary, Dict} ->
            {dictionary, [E || {K, _} = E <- Dict,
                               K =/= '$ancestors', K =/= '$initial_call']};
        _ ->
            {dictionary, []}
    end.

dict_entry(Pid, Key) ->
    case info(Pid, dictionary) of
        {dictionary, Dict} ->
            case lists:keyfind(Key, 1, Dict) of
                false -> undefined;
                Entry -> Entry
            end;
        _ ->
            undefined
    end.

%% The linked processes that do not trap exits, their such neighbours and so on
%% (at most 15), each with what can be said about it.
linked_info(Pid) ->
    [{neighbour, Rep} || P <- neighbours(Pid),
                         Rep <- [neighbour_report(P)],
                         not lists:member(undefined, Rep)].

neighbour_report(Pid) ->
    [{pid, Pid},
     info(Pid, registered_name),
     neighbour_initial_call(Pid),
     info(Pid, current_function),
     ancestors_of(Pid),
     info(Pid, message_queue_len),
     info(Pid, links),
     info(Pid, trap_exit),
     info(Pid, status),
     info(Pid, heap_size),
     info(Pid, stack_size),
     info(Pid, reductions),
     info(Pid, current_stacktrace)].

neighbour_initial_call(Pid) ->
    case dict_entry(Pid, '$initial_call') of
        {'$initial_call', {M, F, A}} -> {initial_call, {M, F, make_dummy_args(A, [])}};
        _ -> info(Pid, initial_call)
    end.

neighbours(Pid) ->
    {_, Visited} = visit(adjacents(Pid), {15, [Pid]}),
    lists:delete(Pid, Visited).

%% breadth first, as OTP: the remaining list is visited before the new adjacents
visit([P | Ps], {N, Vs} = NVs) when N > 0 ->
    case lists:member(P, Vs) of
        false -> visit(adjacents(P), visit(Ps, {N - 1, [P | Vs]}));
        true -> visit(Ps, NVs)
    end;
visit(_, NVs) ->
    NVs.

adjacents(Pid) ->
    case catch process_info(Pid, links) of
        {links, Links} -> [P || P <- Links, is_pid(P), not_trapping(P)];
        _ -> []
    end.

not_trapping(P) ->
    case catch process_info(P, trap_exit) of
        {trap_exit, false} -> true;
        _ -> false
    end.

%% process_info/2 as the report wants it: undefined for a dead process, and
%% {registered_name, []} when there is no name.
info(Pid, Item) ->
    case catch process_info(Pid, Item) of
        [] when Item =:= registered_name -> {registered_name, []};
        {'EXIT', _} -> undefined;
        Result -> Result
    end.

my_name() ->
    case process_info(self(), registered_name) of
        {registered_name, Name} -> Name;
        _ -> self()
    end.

ancestors() ->
    case get('$ancestors') of
        A when is_list(A) -> A;
        _ -> []
    end.

%% ---------------------------------------------------------------------------
%% Formatting the crash report

report_cb(#{label := {proc_lib, crash}, report := CrashReport}, Extra) ->
    Defaults = #{chars_limit => unlimited, depth => unlimited,
                 single_line => false, encoding => utf8},
    do_format(CrashReport, maps:merge(Defaults, Extra)).

format(CrashReport) ->
    format(CrashReport, latin1).

format(CrashReport, Encoding) ->
    format(CrashReport, Encoding, unlimited).

format(CrashReport, Encoding, Depth) ->
    do_format(CrashReport, #{chars_limit => unlimited, depth => Depth,
                             encoding => Encoding, single_line => false}).

do_format([OwnReport, LinkReport], Extra) ->
    #{encoding := Enc, single_line := Single, chars_limit := Limit0} = Extra,
    Indent = case Single of true -> ""; false -> "  " end,
    Nl = nl(Single, " "),
    Sep = nl(Single, "; "),
    {PartLimit, Limit} =
        case Limit0 of
            unlimited ->
                {unlimited, unlimited};
            _ when is_integer(Limit0) ->
                %% a third for the exception, the rest shared by the other parts
                N = length(OwnReport),
                Fixed = length(Indent) + length("crasher") + length(Nl)
                    + length(Sep) * (N + 1),
                L1 = max(Limit0 - Fixed, 1),
                EL = L1 div 3,
                {(L1 - EL) div N, L1}
        end,
    Links = format_links(LinkReport, Indent, Extra, PartLimit),
    Own = format_own(OwnReport, Indent, Extra, text_size(Enc, Links), PartLimit, Limit),
    io_lib:format("~scrasher:" ++ Nl ++ "~ts" ++ Sep ++ "~ts", [Indent, Own, Links]).

format_own(OwnReport, Indent, Extra, LinksSize, PartLimit, Limit0) ->
    MyIndent = Indent ++ Indent,
    #{encoding := Enc, single_line := Single} = Extra,
    case split_error_info(OwnReport) of
        {Before, {Class, Reason, Stacktrace}, After} ->
            F = format_items(Before, MyIndent, Extra, PartLimit),
            R = format_items(After, MyIndent, Extra, PartLimit),
            Sep = nl(Single, ", "),
            Limit = case Limit0 of
                        unlimited -> unlimited;
                        _ ->
                            Other = text_size(Enc, F) + text_size(Enc, R)
                                - length(Sep) * (length(F) + length(R)) + LinksSize,
                            max(Limit0 - Other, 1)
                    end,
            EI = format_exception(Class, Reason, Stacktrace, Extra, Limit),
            lists:join(Sep, [F, EI, R]);
        no ->
            Limit = case Limit0 of
                        unlimited -> unlimited;
                        _ -> max(Limit0 - LinksSize, 1)
                    end,
            format_items(OwnReport, MyIndent, Extra, Limit)
    end.

split_error_info(Report) ->
    try lists:splitwith(fun(Item) -> element(1, Item) =/= error_info end, Report) of
        {Before, [{error_info, ErrorInfo} | After]} -> {Before, ErrorInfo, After};
        _ -> no
    catch _:_ -> no
    end.

%% With a chars_limit only the neighbours' pids are shown.
format_links(LinkReports, Indent, Extra, PartLimit) when is_integer(PartLimit) ->
    #{encoding := Enc, depth := Depth, single_line := Single} = Extra,
    Pids = [P || {neighbour, [{pid, P} | _]} <- LinkReports],
    {P, Tl} = p(Enc, Depth),
    W = case Single of true -> "0"; false -> "" end,
    fmt(Indent ++ "neighbours: ~" ++ W ++ P, [Pids | Tl], [{chars_limit, PartLimit}]);
format_links(LinkReports, Indent, Extra, PartLimit) ->
    #{single_line := Single} = Extra,
    Reps = format_neighbours(LinkReports, Indent ++ Indent, Extra, PartLimit),
    [Indent, "neighbours:", nl(Single, " "), lists:join(nl(Single, "; "), Reps)].

format_neighbours([Link | Links], Indent0, Extra, PartLimit) ->
    #{single_line := Single} = Extra,
    Rep = case Link of
              {neighbour, Rep0} -> Rep0;
              _ -> Link
          end,
    Indent = case Single of true -> ""; false -> Indent0 end,
    [[Indent, "neighbour:", nl(Single, " "),
      format_items(Rep, ["  ", Indent], Extra, PartLimit)]
     | format_neighbours(Links, Indent, Extra, PartLimit)];
format_neighbours(Rep, Indent, Extra, PartLimit) ->
    format_items(Rep, Indent, Extra, PartLimit).

format_items(Rep, Indent, Extra, Limit) when is_list(Rep) ->
    #{single_line := Single} = Extra,
    lists:join(nl(Single, ", "), format_item_list(Rep, Indent, Extra, Limit));
format_items(Rep, Indent0, Extra, Limit) ->
    #{encoding := Enc, depth := Depth, single_line := Single} = Extra,
    {P, Tl} = p(Enc, Depth),
    {Indent, W} = case Single of true -> {"", "0"}; false -> {Indent0, ""} end,
    fmt("~s~" ++ W ++ P, [Indent, Rep | Tl], limit_opt(Limit)).

format_item_list([{initial_call, InitialCall} | Rep], Indent, Extra, Limit) ->
    [format_mfa(Indent, InitialCall, Extra, Limit)
     | format_item_list(Rep, Indent, Extra, Limit)];
format_item_list([{Tag, Data} | Rep], Indent, Extra, Limit) ->
    [format_tag(Indent, Tag, Data, Extra, Limit)
     | format_item_list(Rep, Indent, Extra, Limit)];
format_item_list(_, _, _, _) ->
    [].

format_exception(Class, Reason, Stacktrace, Extra, Limit) ->
    #{encoding := Enc, depth := Depth, single_line := Single} = Extra,
    case Single of
        true ->
            {P, Tl} = p(Enc, Depth),
            [atom_to_list(Class), ": ",
             fmt("~0" ++ P, [{Reason, Stacktrace} | Tl], limit_opt(Limit))];
        false ->
            %% erl_error's layout, at column 5, leaving out the frames of
            %% erl_eval and proc_lib at the bottom of the stack
            EI = "    ",
            [EI, erlts_error:format_exception(1 + length(EI), Class, Reason, Stacktrace,
                                              [erl_eval, ?MODULE], Depth, Enc)]
    end.

format_mfa(Indent0, {M, F, Args} = StartF, Extra, Limit) ->
    #{encoding := Enc, single_line := Single} = Extra,
    Indent = case Single of true -> ""; false -> Indent0 end,
    try length(Args) of
        A ->
            [Indent, "initial call: ", atom_text(M, Enc), $:, atom_text(F, Enc), $/,
             integer_to_list(A)]
    catch
        error:_ -> format_tag(Indent, initial_call, StartF, Extra, Limit)
    end;
format_mfa(Indent, StartF, Extra, Limit) ->
    format_tag(Indent, initial_call, StartF, Extra, Limit).

atom_text(A, latin1) -> io_lib:write_atom_as_latin1(A);
atom_text(A, _) -> io_lib:write_atom(A).

format_tag(Indent0, Tag, Data, Extra, Limit) ->
    #{encoding := Enc, depth := Depth, single_line := Single} = Extra,
    {P, Tl} = p(Enc, Depth),
    {Indent, W} = case Single of true -> {"", "0"}; false -> {Indent0, ""} end,
    fmt("~s~" ++ W ++ "p: ~" ++ W ++ ".18" ++ P, [Indent, Tag, Data | Tl], limit_opt(Limit)).

p(Enc, Depth) ->
    Mod = case Enc of latin1 -> ""; _ -> "t" end,
    case Depth of
        unlimited -> {Mod ++ "p", []};
        _ -> {Mod ++ "P", [Depth]}
    end.

fmt(Format, Args, []) -> io_lib:format(Format, Args);
fmt(Format, Args, Opts) -> io_lib:format(Format, Args, Opts).

limit_opt(Limit) when is_integer(Limit) -> [{chars_limit, Limit}];
limit_opt(_) -> [].

nl(true, Else) -> Else;
nl(false, _) -> "\n".

text_size(latin1, S) -> iolist_size(S);
text_size(_, S) -> string:length(S).

%% ---------------------------------------------------------------------------
%% Stopping a process through the system-message protocol

stop(Process) ->
    stop(Process, normal, infinity).

stop(Process, Reason, Timeout) ->
    Mref = erlang:monitor(process, Process),
    T0 = erlang:monotonic_time(millisecond),
    Remaining =
        try sys:terminate(Process, Reason, Timeout) of
            ok when Timeout =:= infinity ->
                infinity;
            ok ->
                Timeout - (((erlang:monotonic_time(microsecond) + 999) div 1000) - T0)
        catch
            exit:{noproc, {sys, terminate, _}} ->
                demonitor(Mref, [flush]),
                exit(noproc);
            exit:{timeout, {sys, terminate, _}} ->
                demonitor(Mref, [flush]),
                exit(timeout);
            exit:Reason1 ->
                demonitor(Mref, [flush]),
                exit(Reason1)
        end,
    receive
        {'DOWN', Mref, _, _, Reason} ->
            ok;
        {'DOWN', Mref, _, _, Reason2} ->
            exit(Reason2)
    after Remaining ->
            demonitor(Mref, [flush]),
            exit(timeout)
    end.

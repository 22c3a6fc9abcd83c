%% eunit_tty: EUnit's text report, as OTP 25's default listener prints it.
%%
%% Quiet by default: only failures, cancellations and the summary line.
%% With `verbose`, a header, every group and test with its time, and a bar
%% before the summary.
-module(eunit_tty).
-export([start/1]).

-record(s, {verbose = false, depth = 20, indent = 0, pass = 0, fail = 0, skip = 0, cancel = 0}).

start(Options) ->
    S = #s{verbose = proplists:get_bool(verbose, Options),
           depth = proplists:get_value(print_depth, Options, 20)},
    spawn_link(fun () -> init(S, proplists:get_bool(no_tty, Options)) end).

init(S, NoTty) ->
    put(no_tty, NoTty),
    S#s.verbose andalso out("======================== EUnit ========================\n"),
    loop(S).

loop(S) ->
    receive
        {event, Ev} -> loop(event(Ev, S));
        {stop, From, Ref} -> From ! {result, Ref, summary(S)}
    end.

event({begin_group, Desc}, #s{verbose = true, indent = I} = S) when Desc =/= undefined, Desc =/= <<>> ->
    indent(I),
    out("~ts\n", [Desc]),
    S#s{indent = I + 1};
event({begin_group, _}, S) ->
    S;
event({end_group, Desc, Time}, #s{verbose = true, indent = I} = S) when Desc =/= undefined, Desc =/= <<>> ->
    Time > 0 andalso begin indent(I), out("[done in ~.3f s]\n", [Time / 1000]) end,
    S#s{indent = I - 1};
event({end_group, _, _}, S) ->
    S;
event({begin_test, Data}, #s{verbose = true} = S) ->
    test_begin(Data, S),
    S;
event({begin_test, _}, S) ->
    S;
event({end_test, Data, Result}, S) ->
    case proplists:get_value(status, Result) of
        ok ->
            S#s.verbose andalso test_ok(Result),
            S#s{pass = S#s.pass + 1};
        Status ->
            S#s.verbose orelse test_begin(Data, S),
            test_error(Status, Result, S),
            case Status of
                {skipped, _} -> S#s{skip = S#s.skip + 1};
                _ -> S#s{fail = S#s.fail + 1}
            end
    end;
event({cancel_test, Data, Reason}, S) ->
    S#s.verbose orelse test_begin(Data, S),
    out(cancel_text(Reason, S#s.depth)),
    S#s{cancel = S#s.cancel + 1};
event({cancel_group, _Desc, undefined}, #s{indent = I} = S) ->
    S#s{indent = I - 1};
event({cancel_group, Desc, Reason}, #s{indent = I, verbose = V} = S) ->
    Titled = Desc =/= undefined andalso Desc =/= <<>>,
    (V andalso Titled) orelse begin indent(I), out("~ts\n", [desc(Desc)]) end,
    case Reason of
        blame -> ok;
        _ -> indent(I), out(cancel_text(Reason, S#s.depth))
    end,
    S#s{indent = I - 1, cancel = S#s.cancel + 1}.

desc(undefined) -> "undefined";
desc(D) -> D.

test_begin(Data, #s{indent = I}) ->
    Desc = proplists:get_value(desc, Data),
    Line = proplists:get_value(line, Data, 0),
    indent(I),
    L = case Line of
            0 -> "";
            _ -> io_lib:fwrite("~w:", [Line])
        end,
    D = case Desc of
            undefined -> "";
            <<>> -> "";
            _ -> io_lib:fwrite(" (~ts)", [Desc])
        end,
    case proplists:get_value(source, Data) of
        {M, F, _} -> out("~ts:~ts ~ts~ts...", [atom_to_list(M), L, atom_to_list(F), D]);
        _ -> out("~ts~ts...", [L, D])
    end.

test_ok(Result) ->
    Time = proplists:get_value(time, Result, 0),
    T = case Time > 0 of
            true -> io_lib:fwrite("[~.3f s] ", [Time / 1000]);
            false -> ""
        end,
    out("~tsok\n", [T]).

test_error({error, Exc}, Result, #s{depth = Depth}) ->
    out("*failed*\n~ts", [eunit_lib:format_exception(Exc, Depth)]),
    %% OTP 25 means to leave out empty output and to cut long output, but the
    %% output reaches its listener as a list, not a binary, so it always prints
    %% all of it, empty or not; so does this.
    out("  output:<<\"~ts\">>\n\n", [proplists:get_value(output, Result)]);
test_error({skipped, Why}, _, _) ->
    out("*did not run*\n::~ts\n", [skipped_text(Why)]).

skipped_text({module_not_found, M}) -> io_lib:fwrite("missing module: ~w", [M]);
skipped_text({no_such_function, {M, F, A}}) -> io_lib:fwrite("no such function: ~w:~tw/~w", [M, F, A]).

cancel_text(undefined, _) -> "*skipped*\n";
cancel_text(timeout, _) -> "*timed out*\n";
cancel_text({timeout, Stack}, _) -> ["*timed out*\n", eunit_lib:format_stacktrace(Stack)];
cancel_text({exit, Reason}, Depth) ->
    io_lib:fwrite("*unexpected termination of test process*\n::~tP\n\n", [Reason, Depth]);
cancel_text({abort, Why}, Depth) -> eunit_lib:format_error(Why, Depth).

summary(#s{pass = P, fail = 0, skip = 0, cancel = 0} = S) ->
    case P of
        0 -> out("  There were no tests to run.\n");
        _ ->
            S#s.verbose andalso bar(),
            case P of
                1 -> out("  Test passed.\n");
                2 -> out("  2 tests passed.\n");
                _ -> out("  All ~w tests passed.\n", [P])
            end
    end,
    ok;
summary(#s{pass = P, fail = F, skip = K, cancel = C}) ->
    bar(),
    out("  Failed: ~w.  Skipped: ~w.  Passed: ~w.\n", [F, K, P]),
    C =/= 0 andalso out("One or more tests were cancelled.\n"),
    error.

bar() -> out("=======================================================\n").

indent(N) when is_integer(N), N >= 1 -> out(lists:duplicate(N * 2, $\s));
indent(_) -> ok.

out(Text) -> out(Text, []).
out(Fmt, Args) ->
    case get(no_tty) of
        true -> ok;
        _ -> io:fwrite(Fmt, Args)
    end.

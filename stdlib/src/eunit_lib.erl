%% eunit_lib: how EUnit prints exceptions, stack traces and its own errors, and
%% the helpers its macros call (?cmd: command/1,2).
-module(eunit_lib).
-export([format_exception/1, format_exception/2, format_stacktrace/1, format_error/1,
         format_error/2, is_not_test/1, is_string/1, command/1, command/2]).

-define(DEFAULT_DEPTH, 20).

format_exception(E) -> format_exception(E, ?DEFAULT_DEPTH).

%% "in function ...\n" lines, then "**Class:Reason" (Reason laid out from
%% column 0, as ~tP would print it alone).
format_exception({Class, Reason, Stack}, Depth) when is_atom(Class), is_list(Stack) ->
    case is_stacktrace(Stack) of
        true -> io_lib:format("~ts**~w:~ts", [format_stacktrace(Stack), Class, format_term(Reason, Depth)]);
        false -> format_term(Reason, Depth)
    end;
format_exception(Term, Depth) ->
    format_term(Term, Depth).

format_term(Term, Depth) -> io_lib:format("~tP\n", [Term, Depth]).

is_stacktrace([]) -> true;
is_stacktrace([{M, F, A, L} | T]) when is_atom(M), is_atom(F), is_integer(A) orelse is_list(A), is_list(L) ->
    is_stacktrace(T);
is_stacktrace([{M, F, A} | T]) when is_atom(M), is_atom(F), is_integer(A) orelse is_list(A) ->
    is_stacktrace(T);
is_stacktrace(_) -> false.

format_stacktrace(Stack) -> stack_lines(Stack, "in function").

stack_lines([{M, F, A} | T], Pre) ->
    stack_lines([{M, F, A, []} | T], Pre);
stack_lines([{M, F, A, Loc} | T], Pre) when is_integer(A) ->
    [io_lib:fwrite("~ts ~w:~tw/~w~ts\n", [Pre, M, F, A, location(Loc)]) | stack_lines(T, "in call from")];
stack_lines([{M, F, Args, Loc} | T], Pre) ->
    N = length(Args),
    Call = case {operator(M, F, N), Args} of
               {true, [X]} -> io_lib:fwrite("~ts ~ts", [F, arg(X)]);
               {true, [X, Y]} -> io_lib:fwrite("~ts ~ts ~ts", [arg(X), F, arg(Y)]);
               _ -> io_lib:fwrite("~tw(~ts)", [F, lists:join(",", [arg(X) || X <- Args])])
           end,
    [io_lib:fwrite("~ts ~w:~tw/~w~ts\n  called as ~ts\n", [Pre, M, F, N, location(Loc), Call])
     | stack_lines(T, "in call from")];
stack_lines([], _) -> "".

location(Loc) ->
    case {proplists:get_value(file, Loc), proplists:get_value(line, Loc)} of
        {File, Line} when File =/= undefined, Line =/= undefined ->
            io_lib:format(" (~ts, line ~w)", [File, Line]);
        _ -> ""
    end.

arg(X) -> io_lib:format("~tP", [X, 15]).

%% Operators print as operators in a `called as` line.
operator(erlang, F, 1) -> lists:member(F, ['+', '-', 'bnot', 'not']);
operator(erlang, F, 2) ->
    lists:member(F, ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr', 'and', 'or',
                     'xor', '==', '/=', '=<', '<', '>=', '>', '=:=', '=/=', '++', '--', '!']);
operator(_, _, _) -> false.

format_error(E) -> format_error(E, ?DEFAULT_DEPTH).

format_error({bad_test, Term}, Depth) ->
    error_msg("bad test descriptor", "~tP", [Term, Depth]);
format_error({bad_generator, {{M, F, A}, Term}}, Depth) ->
    error_msg(io_lib:format("result from generator ~w:~tw/~w is not a test", [M, F, A]), "~tP", [Term, Depth]);
format_error({generator_failed, {{M, F, A}, Exc}}, Depth) ->
    error_msg(io_lib:format("test generator ~w:~tw/~w failed", [M, F, A]), "~ts", [format_exception(Exc, Depth)]);
format_error({no_such_function, {M, F, A}}, _) when is_atom(M), is_atom(F), is_integer(A) ->
    error_msg(io_lib:format("no such function: ~w:~tw/~w", [M, F, A]), "", []);
format_error({module_not_found, M}, _) ->
    error_msg("test module not found", "~tp", [M]);
format_error({application_not_found, A}, _) when is_atom(A) ->
    error_msg("application not found", "~w", [A]);
format_error({file_read_error, {_R, Msg, F}}, _) ->
    error_msg("error reading file", "~ts: ~ts", [Msg, F]);
format_error({setup_failed, Exc}, Depth) ->
    error_msg("context setup failed", "~ts", [format_exception(Exc, Depth)]);
format_error({cleanup_failed, Exc}, Depth) ->
    error_msg("context cleanup failed", "~ts", [format_exception(Exc, Depth)]);
format_error({{bad_instantiator, {{M, F, A}, Term}}, _}, Depth) ->
    error_msg(io_lib:format("result from instantiator ~w:~tw/~w is not a test", [M, F, A]), "~tP", [Term, Depth]);
format_error({instantiation_failed, Exc}, Depth) ->
    error_msg("instantiation of subtests failed", "~ts", [format_exception(Exc, Depth)]).

%% "**" goes in front of the formatted text before it is laid out, so that
%% continuation lines are indented past it.
error_msg(Title, Fmt, Args) ->
    io_lib:fwrite("*** ~ts ***\n~ts\n\n", [Title, io_lib:format("**" ++ Fmt, Args)]).

%% Values that a generator or instantiator may not return as a test.
is_not_test(T) ->
    case T of
        ok -> true;
        error -> true;
        true -> true;
        false -> true;
        undefined -> true;
        {ok, _} -> true;
        {error, _} -> true;
        {'EXIT', _} -> true;
        N when is_number(N) -> true;
        [N | _] when is_number(N) -> true;
        X when is_binary(X); is_pid(X); is_port(X); is_reference(X) -> true;
        _ -> false
    end.

is_string([C | Cs]) when is_integer(C), C >= 0, C =< 16#10ffff -> is_string(Cs);
is_string([]) -> true;
is_string(_) -> false.

%% Runs a shell command: {ExitStatus, Output}.
command(Cmd) -> command(Cmd, "").

command(Cmd, Dir) when is_list(Cmd), is_list(Dir) ->
    Cd = case Dir of "" -> ""; _ -> "cd '" ++ Dir ++ "' && " end,
    %% OTP runs the command as a port program: `sh -c "exec Cmd"`, so a shell
    %% builtin such as `exit 3` is not found (status 127) there either.
    Out = os:cmd(Cd ++ "( exec " ++ Cmd ++ " ) 2>&1; printf '\\n%d' $?"),
    {Text, [_ | Status]} = lists:split(string:rchr(Out, $\n) - 1, Out),
    {list_to_integer(Status), Text}.

%% erlts_start: what `erlts run` does with erl's start-up options when it has no script
%% (bin/run.ts): the -s, -run and -eval actions in command-line order, then the shell
%% (unless -noshell). As OTP's init, a failing action ends the node: erlang:display/1 of
%% {"init terminating in do_boot", Reason} on standard output, a line on standard error,
%% exit status 1.
-module(erlts_start).
-export([start/2]).

%% Actions: [{eval, Text} | {s, Mod, Fun, [atom()]} | {run, Mod, Fun, [string()]}];
%% Shell: true, false (-noshell) or the shell's options.
start(Actions, Shell) ->
    run_all(Actions),
    case Shell of
        true -> shell:start();
        Opts when is_list(Opts) -> shell:start(Opts);
        false -> receive after infinity -> ok end
    end.

%% A loop of our own rather than lists:foreach, whose frame would show in the report.
run_all([]) -> ok;
run_all([A | As]) ->
    run(A),
    run_all(As).

run({s, M, F, []}) -> guard(fun() -> M:F() end, []);
run({s, M, F, Args}) -> guard(fun() -> M:F(Args) end, []);
run({run, M, F, []}) -> guard(fun() -> M:F() end, []);
run({run, M, F, Args}) -> guard(fun() -> M:F(Args) end, []);
run({eval, Text}) -> guard(fun() -> shell:eval_text(Text) end, [{init, start_it, 1, []}]).

guard(Fun, Below) ->
    try
        Fun()
    catch
        Class:Reason:Stack ->
            R = case Class of
                    throw -> {{nocatch, Reason}, boot_stack(Stack, Below, nocatch)};
                    error -> {Reason, boot_stack(Stack, Below, Reason)};
                    exit -> Reason
                end,
            erlang:display({"init terminating in do_boot", R}),
            io:put_chars(standard_error, ["init terminating in do_boot (", io_lib:write(R, 8), ")\n"]),
            erlang:halt(1)
    end.

%% The stack as OTP's init reports it: the user's frames, then erl_eval's frame for
%% an -eval expression (where erl_eval failed: a call, a match, a case), then init's.
boot_stack(Stack, Below, Reason) ->
    User = [Fr || {M, _, _, _} = Fr <- Stack, not ours(M)],
    Eval = case Below of
               [] -> [];
               _ -> eval_frame(User, Reason)
           end,
    User ++ Eval ++ Below ++ [{init, start_em, 1, []}, {init, do_boot, 3, []}].

%% A text that does not parse fails in init itself (its match of erl_parse's result).
eval_frame([], {badmatch, {error, {_, erl_parse, _}}}) -> [];
eval_frame([], {badmatch, _}) -> erl_eval_frame(expr, 6, 496);
eval_frame([], {case_clause, _}) -> erl_eval_frame(case_clauses, 8, 1041);
eval_frame([], {unbound_var, _}) -> erl_eval_frame(exprs, 2, 96);
eval_frame(_, _) -> erl_eval_frame(do_apply, 7, 744).

erl_eval_frame(F, A, Line) -> [{erl_eval, F, A, [{file, "erl_eval.erl"}, {line, Line}]}].

ours(M) when is_atom(M) ->
    M =:= erlts_start orelse M =:= shell orelse lists:prefix("$erlts_shell_", atom_to_list(M));
ours(_) -> false.

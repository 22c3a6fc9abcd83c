%% shell: the Erlang shell (`erlts shell`), as OTP 25's: numbered prompts, commands read
%% up to their terminating dot, bindings kept from one command to the next, exceptions
%% reported as `** exception error: ...` with the evaluator replaced and the bindings
%% kept, and the shell commands b(), f(), f(X), v(N), h(), rr(...), rp(...), ...
%%
%% Two processes, as in OTP: the server (this loop) reads commands from its group
%% leader and keeps the bindings and the history; the evaluator, a linked process,
%% evaluates one command at a time and dies with it when it raises, and the server
%% starts another (so self() changes after an error). Each top-level expression of a
%% command is compiled by erlts's compiler into a small module and called
%% (runtime/shell/compile.ts, docs/shell.md).
-module(shell).
-export([start/0, start/1, local_func/2, apply_op/2, apply_fun/3, catch_value/2, erl_stack/2, eval_text/1, collect/3, strings/1, catch_exception/1]).

-define(LINEMAX, 30).

start() -> start([]).

%% Opts: {banner, false} leaves out the banner line; {system_banner, true},
%% {colour, true} and {encoding, unicode} are for a terminal (bin/shell-tty.ts).
start(Opts) ->
    process_flag(trap_exit, true),
    %% {colour, true}: errors in red (the terminal front end asks for it on a terminal).
    put(colour, proplists:get_value(colour, Opts, false)),
    %% {encoding, unicode}: a terminal reads and writes UTF-8, as erl's does.
    case proplists:get_value(encoding, Opts, latin1) of
        unicode -> io:setopts([{encoding, unicode}]);
        latin1 -> ok
    end,
    %% {system_banner, true}: on a terminal erl first names the system it runs on, the
    %% line erlang:system_info(system_version) gives, then an empty line.
    case proplists:get_value(system_banner, Opts, false) of
        true -> io:put_chars([erlang:system_info(system_version), $\n]);
        false -> ok
    end,
    case proplists:get_value(banner, Opts, true) of
        true -> io:fwrite(<<"Eshell V~s  (abort with ^G)\n">>, [erlang:system_info(version)]);
        false -> ok
    end,
    server_loop(0, start_eval([]), [], []).

server_loop(N0, Eval0, Bs0, Hist0) ->
    case init:stopping() of
        true -> halt();
        false -> ok
    end,
    N = N0 + 1,
    Prompt = io_lib:format(<<"~w> ">>, [N]),
    {Res, Eval1} = get_command(Prompt, Eval0, Bs0),
    case Res of
        {ok, Text} ->
            case erlts_shell:parse(Text) of
                {ok, Ids0} ->
                    case erlts_shell:expand(Ids0, N, [K || {K, _} <- Hist0]) of
                        {ok, Ids} ->
                            {V, Eval, Bs} = shell_cmd(Ids, N, Eval1, Bs0, Hist0),
                            erlts_shell:bound([K || {K, _} <- Bs]),
                            {History, Results} = history_and_results(),
                            erlts_shell:forget_commands(N - History + 1),
                            Hist = [E || {K, _} = E <- [{N, V} | Hist0], K > N - Results],
                            server_loop(N, Eval, Bs, Hist);
                        {error, Msg} ->
                            fwrite_severity(benign, <<"~ts">>, [Msg]),
                            server_loop(N0, Eval1, Bs0, Hist0)
                    end;
                {error, {Pos, Msg}} ->
                    fwrite_severity(benign, <<"~s: ~ts">>, [pos(Pos), Msg]),
                    server_loop(N0, Eval1, Bs0, Hist0)
            end;
        {error, {Pos, Mod, What}} ->
            fwrite_severity(benign, <<"~s: ~ts">>, [pos(Pos), Mod:format_error(What)]),
            server_loop(N0, Eval1, Bs0, Hist0);
        {error, terminated} ->
            exit(Eval1, kill),
            terminated;
        eof ->
            fwrite_severity(fatal, <<"Terminating erlang (~w)">>, [node()]),
            halt()
    end.

%% How many commands and results are kept (history/1, results/1): erl's 20 and 20,
%% never more results than commands.
history_and_results() ->
    History = application:get_env(stdlib, shell_history_length, 20),
    Results = application:get_env(stdlib, shell_saved_results, 20),
    {History, min(Results, History)}.

pos({Line, Col}) -> io_lib:format(<<"~w:~w">>, [Line, Col]);
pos(Line) -> io_lib:format(<<"~w">>, [Line]).

%% Reading happens in a process of its own, as in OTP, so that an evaluator dying
%% meanwhile (a linked process that crashed) is reported at once.
get_command(Prompt, Eval, Bs) ->
    Gl = group_leader(),
    Reader = spawn_link(fun() -> exit(read_command(Gl, Prompt)) end),
    get_command1(Reader, Eval, Bs).

get_command1(Reader, Eval, Bs) ->
    receive
        {'EXIT', Reader, Res} ->
            {Res, Eval};
        {'EXIT', Eval, Reason} ->
            report_exception(exit, {Reason, []}),
            get_command1(Reader, start_eval(Bs), Bs)
    end.

read_command(Gl, Prompt) ->
    case io:request(Gl, {get_until, unicode, Prompt, ?MODULE, collect, [{1, 1}]}) of
        {ok, Text} -> {ok, Text};
        {eof, _} -> eof;
        eof -> eof;
        {error, Info, _} ->
            %% Skip the rest of the line, as OTP's shell does.
            _ = io:get_line(Gl, ''),
            {error, Info};
        {error, _} = E -> E;
        Other -> {error, Other}
    end.

%% get_until function: erl_scan:tokens/3 decides where the command ends; the reply is
%% the command's text (what the compiler reads), not its tokens.
collect([], Chars, Loc) -> collect({[], []}, Chars, Loc);
collect({Acc, Cont}, eof, Loc) ->
    case erl_scan:tokens(Cont, eof, Loc) of
        {done, {eof, L}, _} -> {done, {eof, L}, eof};
        {done, {error, _, _} = E, _} -> {done, E, eof};
        {done, {ok, _, _}, _} -> {done, {ok, Acc}, eof};
        {more, _} -> {done, {eof, Loc}, eof}
    end;
collect({Acc, Cont}, Chars, Loc) ->
    case erl_scan:tokens(Cont, Chars, Loc) of
        {done, {ok, _Toks, _End}, Rest} ->
            Used = lists:sublist(Chars, length(Chars) - rest_length(Rest)),
            {done, {ok, Acc ++ Used}, Rest};
        {done, Other, Rest} ->
            {done, Other, Rest};
        {more, Cont1} ->
            {more, {Acc ++ Chars, Cont1}}
    end.

rest_length(eof) -> 0;
rest_length(Rest) -> length(Rest).

%% ---------------------------------------------------------------- evaluation

shell_cmd(Ids, N, Eval, Bs, Hist) ->
    Eval ! {shell_cmd, self(), {eval, Ids, Bs, {N, Hist}}},
    shell_rep(Eval, Ids, N, Bs).

shell_rep(Ev, Ids, Text, Bs0) ->
    receive
        {shell_rep, Ev, {value, V, Bs}} ->
            {V, Ev, Bs};
        {shell_rep, Ev, {command_error, {Pos, Msg}}} ->
            fwrite_severity(benign, <<"~s: ~ts">>, [pos(Pos), Msg]),
            {{'EXIT', compile_reason(Msg)}, Ev, Bs0};
        {ev_exit, {Ev, Class, Reason0}} ->
            receive {'EXIT', Ev, normal} -> ok end,
            report_exception(Class, Reason0),
            {{'EXIT', nocatch(Class, Reason0)}, start_eval(Bs0), Bs0};
        {'EXIT', Ev, Reason} ->
            report_exception(exit, {Reason, []}),
            {{'EXIT', Reason}, start_eval(Bs0), Bs0};
        {'EXIT', _Other, _} ->
            shell_rep(Ev, Ids, Text, Bs0);
        _Other ->
            shell_rep(Ev, Ids, Text, Bs0)
    end.

nocatch(throw, {Term, Stack}) -> {{nocatch, Term}, Stack};
nocatch(_, Reason) -> Reason.

%% A shell command called with an argument it does not take (history(foo)).
report_exception(error, {function_clause, [{shell, F, A, _}]}) when is_integer(A) ->
    io:put_chars([colour(on), io_lib:fwrite(<<"** exception error: no function clause matching call to ~w/~w">>, [F, A]), colour(off), $\n]);
report_exception(Class, {Reason, Stack0}) ->
    Tag = "** ",
    Stack = erl_stack(Stack0),
    Str = erlts_error:format_exception(length(Tag) + 1, Class, Reason, Stack, [shell, erl_eval], ?LINEMAX, encoding()),
    io:put_chars([colour(on), Tag, Str, colour(off), $\n]).

%% A stack as erl's evaluator would have it, as far as it can be told: the frames of
%% the commands' throwaway modules are erl_eval's, which erl shows only where they are
%% the top frame of a fun that no clause matched (`erl_eval:'-inside-an-interpreted-fun-'(0)`).
%% Inside funs erl shows erl_eval's own frames (do_apply/7, expr/6, ...); those we
%% leave out (docs/shell.md), as the frames of erlts_shell (the evaluator's natives).
erl_stack([{erlts_shell, _, _, _} | Rest]) ->
    drop_commands(Rest);
erl_stack([{M, _F, As, _} = Top | Rest]) when is_list(As) ->
    case command_module(M) of
        true -> no_clause(As) ++ drop_commands(Rest);
        false -> [Top | drop_commands(Rest)]
    end;
erl_stack(Stack) when is_list(Stack) -> drop_commands(Stack);
erl_stack(Stack) -> Stack.

%% A fun of a command that no clause matched: erl_eval's frames for it.
no_clause(As) ->
    [{erl_eval, '-inside-an-interpreted-fun-', As, []},
     {erl_eval, eval_fun, 8, [{file, "erl_eval.erl"}, {line, 898}]}].

%% Only the top frame as erl_stack/1 makes it; the command's frames below stay.
top_frame([{erlts_shell, _, _, _} | Rest]) -> Rest;
top_frame([{M, _F, As, _} = Top | Rest]) when is_list(As) ->
    case command_module(M) of
        true -> no_clause(As) ++ Rest;
        false -> [Top | Rest]
    end;
top_frame(Stack) -> Stack.

%% The stack of an exception a command raised, as erl's (erl_stack/1, then the frames
%% erl_eval had between the failing call and the command, erlts_shell:stack_info/1).
command_stack(Stack0) ->
    Stack = top_frame(Stack0),
    case get('$shell_stack_info') of
        Info when is_tuple(Info), is_list(Stack) ->
            case has_command_frame(Stack) of
                true -> erl_stack1(Stack, Info);
                false -> Stack
            end;
        _ -> erl_stack(Stack0)
    end.

drop_commands(Stack) ->
    [Fr || Fr <- Stack, not (is_tuple(Fr) andalso tuple_size(Fr) =:= 4 andalso
                             (command_module(element(1, Fr)) orelse element(1, Fr) =:= erlts_shell))].

%% The value of a `catch` in a command: an exception's stack as erl's shell would give
%% it (runtime/shell/compile.ts, catchStacks, says what Info is).
catch_value({'EXIT', {Reason, Stack}} = V, Info) when is_list(Stack) ->
    case has_command_frame(Stack) of
        true -> {'EXIT', {Reason, erl_stack1(top_frame(Stack), Info)}};
        false -> V
    end;
catch_value(V, _Info) -> V.

%% The stack bound by a `try ... catch C:R:S` of a command.
erl_stack(Stack, Info) when is_list(Stack) ->
    case has_command_frame(Stack) of
        true -> erl_stack1(top_frame(Stack), Info);
        false -> Stack
    end;
erl_stack(Stack, _Info) -> Stack.

has_command_frame(Stack) ->
    lists:any(fun({M, _, _, _}) -> command_module(M); (_) -> false end, Stack).

erl_stack1(Stack, {Site, Match, Ctx, infun}) ->
    {Top, Below} = lists:splitwith(fun({M, _, _, _}) -> not command_module(M); (_) -> true end, Stack),
    Top1 = [relocate(Fr) || Fr <- Top],
    %% What called the fun (lists:map/2, ...) was called by the command: erl_eval's
    %% do_apply/7 frame below it (the command's constructs around that call are not
    %% known here).
    Rest = case [Fr || Fr <- fun_frames(Below), not shell_frame(Fr)] of
               [] -> [];
               Callers -> Callers ++ [erl_frame(do_apply)]
           end,
    lists:sublist(Top1 ++ [erl_frame(K) || K <- own_frames(Top1, Site, Match) ++ Ctx] ++ Rest ++ shell_frames(), 8);
erl_stack1(Stack, Info) ->
    {Top, Below} = lists:splitwith(fun({M, F, _, _}) -> not (command_module(M) andalso F =:= '$eval');
                                      (_) -> true end, Stack),
    Top1 = [relocate(Fr) || Fr <- fun_frames(Top)],
    case {Info, Below} of
        {unknown, _} -> Top1 ++ drop_commands(Below);
        {_, []} -> Top1;
        {{Site, Match, Ctx}, _} ->
            %% BEAM keeps 8 frames (erlang:system_flag(backtrace_depth, 8)).
            lists:sublist(Top1 ++ [erl_frame(K) || K <- own_frames(Top1, Site, Match) ++ Ctx] ++ shell_frames(), 8)
    end.

%% The frames of a command's fun, as erl_eval's for the one place in its body that can
%% fail (erlts_shell:fun_site/1, when the command has one fun), else none; other frames
%% of the command's modules go.
fun_frames(Stack) ->
    lists:flatmap(fun({M, F, _, _} = Fr) ->
                          case command_module(M) of
                              true when F =/= '$eval' ->
                                  case get('$shell_fun_site') of
                                      Keys when is_list(Keys) -> [erl_frame(K) || K <- Keys];
                                      _ -> []
                                  end;
                              true -> [];
                              false when M =:= erlts_shell -> [];
                              false -> [Fr]
                          end;
                     (Fr) -> [Fr]
                  end, Stack).

%% Nothing above the command: its own match failed, not a call. A fun the command
%% called with no clause matching: erl_eval's eval_fun/8 frame is that call's.
own_frames([], _Site, Match) when is_list(Match) -> Match;
own_frames([{erl_eval, '-inside-an-interpreted-fun-', _, _}, _], [do_apply | Site], _Match) -> Site;
own_frames(_, Site, _Match) when is_list(Site) -> Site;
own_frames(_, _, _) -> [].

shell_frame({shell, F, _, _}) -> lists:member(F, [exprs, eval_exprs, eval_loop]);
shell_frame(_) -> false.

%% Where erl's frames of the shell and of erl_eval are (OTP 25.1's shell.erl and erl_eval.erl).
relocate({shell, apply_fun, 3, _}) -> {shell, apply_fun, 3, [{file, "shell.erl"}, {line, 912}]};
relocate(Fr) -> Fr.

erl_frame(do_apply) -> {erl_eval, do_apply, 7, [{file, "erl_eval.erl"}, {line, 748}]};
erl_frame('catch') -> {erl_eval, expr, 6, [{file, "erl_eval.erl"}, {line, 480}]};
erl_frame(match) -> {erl_eval, expr, 6, [{file, "erl_eval.erl"}, {line, 492}]};
erl_frame(badmatch) -> {erl_eval, expr, 6, [{file, "erl_eval.erl"}, {line, 496}]};
erl_frame(expr_list) -> {erl_eval, expr_list, 7, [{file, "erl_eval.erl"}, {line, 961}]};
erl_frame(cons) -> {erl_eval, expr, 6, [{file, "erl_eval.erl"}, {line, 282}]};
erl_frame(cons_tail) -> {erl_eval, expr, 6, [{file, "erl_eval.erl"}, {line, 283}]};
erl_frame(op_left) -> {erl_eval, expr, 6, [{file, "erl_eval.erl"}, {line, 537}]};
erl_frame(exprs) -> {erl_eval, exprs, 6, [{file, "erl_eval.erl"}, {line, 136}]};
erl_frame(tuple) -> {erl_eval, expr, 6, [{file, "erl_eval.erl"}, {line, 290}]};
erl_frame('try') -> {erl_eval, try_clauses, 10, [{file, "erl_eval.erl"}, {line, 987}]}.

shell_frames() ->
    [{shell, exprs, 7, [{file, "shell.erl"}, {line, 691}]},
     {shell, eval_exprs, 7, [{file, "shell.erl"}, {line, 647}]},
     {shell, eval_loop, 3, [{file, "shell.erl"}, {line, 632}]}].

%% The throwaway modules of the commands (`'$erlts_shell_N'`).
command_module(M) when is_atom(M) -> lists:prefix("$erlts_shell_", atom_to_list(M));
command_module(_) -> false.

start_eval(Bs) ->
    Self = self(),
    spawn_link(fun() -> eval_loop(Self, Bs) end).

eval_loop(Shell, _Bs) ->
    receive
        {shell_cmd, Shell, {eval, Ids, Bs, {N, Hist}}} ->
            put('$shell_history', Hist),
            put('$shell_command', N),
            Bs1 = eval_exprs(Ids, Shell, Bs),
            eval_loop(Shell, Bs1)
    end.

eval_exprs(Ids, Shell, Bs0) ->
    try exprs(Ids, Bs0) of
        {R, Bs} ->
            Shell ! {shell_rep, self(), R},
            Bs
    catch
        exit:normal ->
            exit(normal);
        Class:Reason:Stack0 ->
            Stack = command_stack(Stack0),
            {links, Links} = process_info(self(), links),
            ER = nocatch(Class, {Reason, Stack}),
            lists:foreach(fun(P) -> exit(P, ER) end, Links -- [Shell]),
            Shell ! {ev_exit, {self(), Class, {Reason, Stack}}},
            exit(normal)
    end.

exprs([Id | Ids], Bs) ->
    case erlts_shell:compile(Id, [K || {K, _} <- Bs]) of
        {ok, Mod, Used, _Fresh} ->
            put('$shell_bindings', Bs),
            put('$shell_forget', []),
            put('$shell_stack_info', erlts_shell:stack_info(Mod)),
            put('$shell_fun_site', erlts_shell:fun_site(Mod)),
            Args = list_to_tuple([binding(U, Bs) || U <- Used]),
            {V, New} = Mod:'$eval'(Args),
            Bs1 = forget(get('$shell_forget'), merge(New, Bs)),
            case Ids of
                [] ->
                    %% One write: a terminal front end takes text left without its
                    %% newline for a prompt.
                    io:put_chars(pp(V, 1) ++ "\n"),
                    {{value, V, Bs1}, Bs1};
                _ ->
                    exprs(Ids, Bs1)
            end;
        {error, E} ->
            erlts_shell:forget(Ids),
            {{command_error, E}, Bs}
    end.

binding(Name, Bs) ->
    {Name, V} = lists:keyfind(Name, 1, Bs),
    V.

merge(New, Bs) ->
    lists:ukeysort(1, New ++ Bs).

forget(all, _Bs) -> [];
forget(Names, Bs) -> [B || {K, _} = B <- Bs, not lists:member(K, Names)].

pp(V, Col) ->
    erlts_shell:pp(V, Col, columns(), ?LINEMAX, encoding()).

columns() ->
    case io:columns() of
        {ok, N} -> N;
        _ -> 80
    end.

encoding() ->
    case lists:keyfind(encoding, 1, io:getopts()) of
        {encoding, unicode} -> unicode;
        _ -> latin1
    end.

%% ---------------------------------------------------------------- -eval

%% Evaluate the expressions of a text (its final dot optional) with no bindings and
%% return the last value, in the calling process, as erl's -eval does. Errors are those
%% erl's init raises: a text that does not parse is a badmatch of erl_parse's error.
eval_text(Text0) ->
    Text = case lists:reverse(string:trim(Text0, trailing)) of
               [$. | _] -> Text0;
               _ -> Text0 ++ "."
           end,
    case erlts_shell:parse(Text) of
        {ok, Ids} ->
            eval_ids(Ids, [], undefined);
        {error, {{Line, _}, Msg}} ->
            erlang:error({badmatch, {error, {Line, erl_parse, parse_message(Msg)}}})
    end.

eval_ids([], _Bs, V) -> V;
eval_ids([Id | Ids], Bs, _) ->
    case erlts_shell:compile(Id, [K || {K, _} <- Bs]) of
        {ok, Mod, Used, _} ->
            {V, New} = Mod:'$eval'(list_to_tuple([binding(U, Bs) || U <- Used])),
            eval_ids(Ids, merge(New, Bs), V);
        {error, {_, Msg}} ->
            erlts_shell:forget(Ids),
            erlang:error(compile_reason(Msg))
    end.

%% What erl_eval raises for a command that does not compile: {unbound_var, Name}, as
%% far as we know; ours otherwise.
compile_reason(Msg) ->
    case string:prefix(Msg, "variable '") of
        nomatch -> {compile_error, Msg};
        Rest ->
            case lists:suffix("' is unbound", Rest) of
                true -> {unbound_var, list_to_atom(lists:takewhile(fun(C) -> C =/= $' end, Rest))};
                false -> {compile_error, Msg}
            end
    end.

%% erl_parse's error descriptor: ["syntax error before: ", Token].
parse_message(Msg) ->
    case string:prefix(Msg, "syntax error before: ") of
        nomatch -> Msg;
        Tok -> ["syntax error before: ", Tok]
    end.

%% ---------------------------------------------------------------- shell commands

%% An operator that compiled code applies without a stack frame of its own, applied
%% as erl_eval applies it (the error shows `in operator ...`).
apply_op(Op, Args) -> apply(erlang, Op, Args).

%% A call in a command: apply/3, as erl_eval makes it.
apply_fun(M, F, Args) -> apply(M, F, Args).

%% A local call in a command: the shell's own commands, then user_default's and
%% shell_default's functions, else `undefined shell command F/A`.
local_func(f, []) ->
    put('$shell_forget', all),
    ok;
local_func(f, [{'$var', Name}]) ->
    case get('$shell_forget') of
        all -> ok;
        Names -> put('$shell_forget', [Name | Names])
    end,
    ok;
local_func(f, [_Other]) ->
    erlang:raise(error, function_clause, [{shell, f, 1, []}]);
local_func(b, []) ->
    %% A fun made in the shell is shown as its source, as erl does.
    lists:foreach(fun({Name, Val}) ->
                          case erlts_shell:fun_text(Val, Name) of
                              false ->
                                  Namel = io_lib:fwrite(<<"~s = ">>, [Name]),
                                  io:put_chars(Namel),
                                  io:put_chars(pp(Val, iolist_size(Namel) + 1)),
                                  io:nl();
                              Text ->
                                  io:put_chars([Text, $\n])
                          end
                  end, get_bindings()),
    ok;
local_func(v, [N]) when is_integer(N) ->
    case history_entry(N) of
        {_, V} -> V;
        false -> erlang:raise(error, {bad_argument, N}, [{shell, v, 1, []}])
    end;
local_func(h, []) ->
    Cur = get('$shell_command'),
    lists:foreach(fun(K) ->
                          Ns = io_lib:fwrite(<<"~w: ">>, [K]),
                          io:put_chars([Ns, erlts_shell:command_text(K, iolist_size(Ns)), $\n]),
                          case lists:keyfind(K, 1, get('$shell_history')) of
                              {K, V} -> io:put_chars(["-> ", pp(V, 4), $\n]);
                              false -> ok
                          end
                  end, [K || K <- erlts_shell:commands(), K < Cur]),
    ok;
local_func(history, [N]) when is_integer(N), N >= 0 -> set_env(shell_history_length, N, 20);
local_func(history, [_]) -> erlang:raise(error, function_clause, [{shell, history, 1, []}]);
local_func(results, [N]) when is_integer(N), N >= 0 -> set_env(shell_saved_results, N, 20);
local_func(results, [_]) -> erlang:raise(error, function_clause, [{shell, results, 1, []}]);
local_func(rr, [Mod]) -> rr(Mod);
local_func(rd, [_, _]) -> ok;
local_func(rf, []) -> erlts_shell:forget_records(all), [];
local_func(rf, [R]) when is_atom(R) -> erlts_shell:forget_records([R]), ok;
local_func(rf, [Rs]) when is_list(Rs) -> erlts_shell:forget_records(Rs), ok;
local_func(rl, []) -> list_records(erlts_shell:records());
local_func(rl, [R]) when is_atom(R) -> list_records([R]);
local_func(rl, [Rs]) when is_list(Rs) -> list_records(Rs);
local_func(rp, [Term]) ->
    io:put_chars(erlts_shell:pp(Term, 1, columns(), -1, encoding())),
    io:nl(),
    ok;
local_func(catch_exception, [Bool]) when is_boolean(Bool) -> catch_exception(Bool);
local_func(F, As) when is_atom(F) ->
    Arity = length(As),
    case erlang:function_exported(user_default, F, Arity) orelse
         (code:ensure_loaded(user_default) =:= {module, user_default} andalso
          erlang:function_exported(user_default, F, Arity)) of
        true -> apply(user_default, F, As);
        false ->
            _ = code:ensure_loaded(shell_default),
            case erlang:function_exported(shell_default, F, Arity) of
                true -> apply(shell_default, F, As);
                false -> erlang:raise(error, {shell_undef, F, Arity, []}, [{shell, shell_undef, 2, []}])
            end
    end.

get_bindings() ->
    case get('$shell_bindings') of
        undefined -> [];
        Bs -> Bs
    end.

history_entry(N) ->
    lists:keyfind(N, 1, get('$shell_history')).

%% rl/0,1: the shell's record definitions as erl_pp writes attributes.
list_records(Names) ->
    lists:foreach(fun(R) ->
                          case erlts_shell:record_text(R) of
                              undefined -> ok;
                              Text -> io:put_chars(Text)
                          end
                  end, Names),
    ok.

set_env(Name, Val, Default) ->
    Old = application:get_env(stdlib, Name, Default),
    application:set_env(stdlib, Name, Val),
    Old.

%% rr(Module or File): the record definitions of a module's source, for later commands.
rr(Mod) when is_atom(Mod) ->
    case code:which(Mod) of
        File when is_list(File) -> rr_file(source_of(File));
        _ -> rr_file(atom_to_list(Mod) ++ ".erl")
    end;
rr(File) when is_list(File) ->
    rr_file(File).

source_of(File) ->
    case filename:extension(File) of
        ".erl" -> File;
        _ ->
            Base = filename:rootname(File),
            case filelib:is_regular(Base ++ ".erl") of
                true -> Base ++ ".erl";
                false -> filename:join([filename:dirname(filename:dirname(File)), "src",
                                        filename:basename(Base) ++ ".erl"])
            end
    end.

rr_file(File) ->
    case file:read_file(File) of
        {ok, Bin} ->
            Defs = record_texts(unicode:characters_to_list(Bin)),
            Names = [N || T <- Defs, (N = erlts_shell:record(T)) =/= error],
            lists:usort(Names);
        {error, _} ->
            []
    end.

%% The `-record(...)` forms of a source text.
record_texts(Text) ->
    {ok, Toks, _} = erl_scan:string(Text),
    forms(Toks, [], []).

forms([], _Cur, Acc) -> lists:reverse(Acc);
forms([{dot, _} = D | Rest], Cur, Acc) ->
    case lists:reverse([D | Cur]) of
        [{'-', _}, {atom, _, record} | _] = Form ->
            forms(Rest, [], [tokens_text(Form) | Acc]);
        _ ->
            forms(Rest, [], Acc)
    end;
forms([T | Rest], Cur, Acc) ->
    forms(Rest, [T | Cur], Acc).

tokens_text(Toks) ->
    lists:flatten(lists:join(" ", [token_text(T) || T <- Toks])).

token_text({atom, _, A}) -> io_lib:write_atom(A);
token_text({var, _, V}) -> atom_to_list(V);
token_text({string, _, S}) -> io_lib:write_string(S);
token_text({char, _, C}) -> io_lib:format("~w", [C]);
token_text({integer, _, I}) -> integer_to_list(I);
token_text({float, _, F}) -> float_to_list(F);
token_text({dot, _}) -> ".";
token_text({Sym, _}) -> atom_to_list(Sym).

%% ---------------------------------------------------------------- settings

strings(Bool) when is_boolean(Bool) ->
    Old = application:get_env(stdlib, shell_strings, true),
    application:set_env(stdlib, shell_strings, Bool),
    Old.

catch_exception(Bool) when is_boolean(Bool) ->
    Old = application:get_env(stdlib, shell_catch_exception, false),
    application:set_env(stdlib, shell_catch_exception, Bool),
    Old.

fwrite_severity(Severity, Fmt, Args) ->
    io:put_chars([colour(on), severity_tag(Severity), io_lib:fwrite(Fmt, Args), colour(off), $\n]).

colour(What) ->
    case get(colour) of
        true when What =:= on -> "\e[31m";
        true -> "\e[0m";
        _ -> ""
    end.

severity_tag(fatal) -> <<"*** ">>;
severity_tag(benign) -> <<"* ">>.

#!/usr/bin/env escript
%%! -enable-feature maybe_expr
%% Records what real OTP gives for every t_*/0 of lower_e2e.erl into expected.txt:
%% one line per function, "Name Result" where Result is the ~w of the value or
%% "EXC Class Reason Frames" (the frames of lower_e2e: {F, ArityOrArgs, Line}); and the name and index of every fun fun_names:all/0 returns into
%% fun_names.expected. Run from this directory: escript record.escript
main(_) ->
    {ok, lower_e2e} = compile:file("lower_e2e.erl", [report]),
    {module, lower_e2e} = code:load_file(lower_e2e),
    Fs = lists:sort([F || {F, 0} <- lower_e2e:module_info(exports), lists:prefix("t_", atom_to_list(F))]),
    Lines = [io_lib:format("~s ~s~n", [F, run(F)]) || F <- Fs],
    ok = file:write_file("expected.txt", Lines),
    file:delete("lower_e2e.beam"),
    {ok, fun_names} = compile:file("fun_names.erl", [report]),
    {module, fun_names} = code:load_file(fun_names),
    Funs = [io_lib:format("~s ~w~n", [element(2, erlang:fun_info(F, name)), element(2, erlang:fun_info(F, index))])
            || F <- fun_names:all()],
    ok = file:write_file("fun_names.expected", Funs),
    file:delete("fun_names.beam").
run(F) ->
    try lower_e2e:F() of V -> io_lib:format("~w", [V])
    catch C:R:S -> io_lib:format("EXC ~w ~w ~w", [C, R, frames(S)])
    end.
%% The frames of this module: {Function, Arity or Args, Line}.
frames(S) -> [{F, A, proplists:get_value(line, L)} || {lower_e2e, F, A, L} <- S].

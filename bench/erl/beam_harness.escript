#!/usr/bin/env escript
%% BEAM side of the program benchmarks (bench/programs.ts). Arguments: a file of case
%% specs, the directory holding the benchmark modules compiled by erlc, the number of
%% timed runs and a time budget in milliseconds for each case.
%%
%% Each spec is {Name, Module, Prepare, Fun, Check, Size}: the input is
%% Module:Prepare(Size) (or Size itself when Prepare is none), built once and not
%% timed; Module:Fun(Input) is run once to warm up, then timed with timer:tc up to Runs
%% times (at least once, fewer if the budget runs out); the checksum is
%% Module:Check(Result) (or Result when Check is none). One line per case, tab-separated:
%%   Name  BestMs  MedianMs  TimedRuns  Checksum(~w)
%% or, if the case crashed:  Name  error  Class:Reason(~w)
-mode(compile).

main([SpecFile, Dir, RunsStr, BudgetStr]) ->
    true = code:add_patha(Dir),
    {ok, Specs} = file:consult(SpecFile),
    Runs = list_to_integer(RunsStr),
    Budget = list_to_integer(BudgetStr) * 1000,
    lists:foreach(fun(Spec) -> run_case(Spec, Runs, Budget) end, Specs).

run_case({Name, Mod, Prepare, Fun, Check, Size}, Runs, Budget) ->
    try
        Input = apply_or_self(Mod, Prepare, Size),
        Result = Mod:Fun(Input),
        Times = lists:sort(time_runs(Mod, Fun, Input, Runs, Budget, [])),
        Checksum = apply_or_self(Mod, Check, Result),
        io:format("~s\t~s\t~s\t~w\t~w~n",
                  [Name, ms(hd(Times)), ms(median(Times)), length(Times), Checksum])
    catch
        Class:Reason ->
            io:format("~s\terror\t~w:~w~n", [Name, Class, Reason])
    end.

apply_or_self(_Mod, none, X) -> X;
apply_or_self(Mod, F, X) -> Mod:F(X).

time_runs(_Mod, _Fun, _Input, 0, _Budget, Acc) -> Acc;
time_runs(Mod, Fun, Input, Left, Budget, Acc) ->
    {T, _} = timer:tc(Mod, Fun, [Input]),
    case Budget - T of
        Rest when Rest > 0 -> time_runs(Mod, Fun, Input, Left - 1, Rest, [T | Acc]);
        _ -> [T | Acc]
    end.

median(Sorted) ->
    N = length(Sorted),
    case N rem 2 of
        1 -> lists:nth(N div 2 + 1, Sorted);
        0 -> (lists:nth(N div 2, Sorted) + lists:nth(N div 2 + 1, Sorted)) / 2
    end.

ms(Micros) -> float_to_list(Micros / 1000, [{decimals, 3}]).

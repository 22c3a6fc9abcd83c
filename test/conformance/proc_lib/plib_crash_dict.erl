#!/usr/bin/env escript
-module(plib_crash_dict).
-export([main/1, work/0]).
-mode(compile).
%% Exercises: a crash report whose process erased its dictionary (no initial call
%% line), changed '$initial_call', and one with a long messages list and a
%% dictionary holding structured values

work() ->
    receive {go, How} -> ok end,
    case How of
        erase -> erase();
        change -> put('$initial_call', not_an_mfa);
        fill -> put(config, #{a => [1, 2, 3], b => {x, y}}), put("string key", <<"v">>)
    end,
    erlang:error({crashed, How}).

main(_) ->
    [run(H) || H <- [erase, change, fill]],
    ok.

run(How) ->
    P = proc_lib:spawn(?MODULE, work, []),
    M = monitor(process, P),
    [P ! {queued, N, lists:seq(1, N)} || N <- [3, 5]],
    P ! {go, How},
    receive {'DOWN', M, _, _, {R, _}} -> timer:sleep(100), io:format("~p~n", [R]) end.

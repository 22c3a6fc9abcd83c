#!/usr/bin/env escript
-module(gs_enter_loop_bad).
-export([main/1]).
-export([callback_mode/0, handle_event/4, run/1]).
-mode(compile).
%% Exercises: enter_loop errors: a name the process is not registered under
%% (process_not_registered), a module that is not an atom ({atom, M}), a bad action in
%% the enter_loop actions (reported)

main(_) ->
    [try_one(How) || How <- [not_registered, not_atom, bad_action]],
    ok.

try_one(How) ->
    {P, Ref} = spawn_monitor(fun () -> proc_lib:init_p(self(), [], ?MODULE, run, [How]) end),
    receive {'DOWN', Ref, process, P, Reason} -> timer:sleep(50), io:format("~p: ~p~n", [How, short(Reason)]) end.

short({R, [_ | _]}) -> R;
short(R) -> R.

run(not_registered) -> gen_statem:enter_loop(?MODULE, [], s, [], {local, gs_elb_nobody});
run(not_atom) -> gen_statem:enter_loop("module", [], s, []);
run(bad_action) -> gen_statem:enter_loop(?MODULE, [], s, [], [{bad_action}]).

callback_mode() -> handle_event_function.

handle_event(_, _, _, _) -> keep_state_and_data.

#!/usr/bin/env escript
-module(gs_bad_callback_mode).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4]).
-mode(compile).
%% Exercises: callback_mode/0 is called after init/1: a bad result
%% ({bad_return_from_callback_mode, R}) or a crash ends the machine after start has
%% returned {ok, {Pid, Mon}}; state_enter alone is not a callback mode

main(_) ->
    [run(M) || M <- [bogus, [state_enter], [state_functions, bogus], crash, throw_ok]],
    ok.

run(Mode) ->
    put(mode, Mode),
    {ok, {P, Ref}} = gen_statem:start_monitor(?MODULE, Mode, []),
    receive {'DOWN', Ref, process, P, R} -> timer:sleep(50), io:format("~p: ~p~n", [Mode, short(R)])
    after 100 -> io:format("~p: running ~p~n", [Mode, gen_statem:call(P, hello)])
    end.

short({R, [_ | _]}) -> R;
short(R) -> R.

init(Mode) -> put(mode, Mode), {ok, s, []}.
callback_mode() ->
    case get(mode) of
        crash -> error(no_mode);
        throw_ok -> throw(handle_event_function);
        Mode -> Mode
    end.

handle_event({call, From}, hello, _, _) -> {keep_state_and_data, [{reply, From, hi}]}.

#!/usr/bin/env escript
-module(gs_stop_reason).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4, terminate/3]).
-mode(compile).
%% Exercises: {stop, Reason} and {stop, Reason, NewData} with an abnormal reason: the
%% error report (with OTP's stack from inside gen_statem), the crash report, the exit
%% reason seen by a monitor, terminate/3 called first

main(_) ->
    run({stop, {custom, 1}}),
    run({stop, custom2, new_data}),
    ok.

run(Ret) ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    Ref = monitor(process, P),
    gen_statem:cast(P, {return, Ret}),
    receive {terminate, R, S} -> ok end,
    receive {'DOWN', Ref, process, P, Reason} -> ok end,
    timer:sleep(50),
    io:format("terminate(~p, ~p)~ndown ~p~n", [R, S, Reason]).

init(Parent) -> {ok, running, Parent}.
callback_mode() -> handle_event_function.

handle_event(cast, {return, {stop, R, _}}, _, Parent) -> {stop, R, {data, Parent}};
handle_event(cast, {return, Ret}, _, _) -> Ret.

terminate(Reason, State, {data, Parent}) -> Parent ! {terminate, Reason, {State, new_data}};
terminate(Reason, State, Parent) -> Parent ! {terminate, Reason, State}.

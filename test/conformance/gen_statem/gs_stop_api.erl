#!/usr/bin/env escript
-module(gs_stop_api).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4, terminate/3]).
-mode(compile).
%% Exercises: stop/1 and stop/3: terminate/3 gets normal or the given reason, an
%% abnormal reason is reported (no last event), stop/3 times out when terminate is
%% slow, stop of a process that is gone

main(_) ->
    {ok, P1} = gen_statem:start(?MODULE, self(), []),
    io:format("stop/1 ~p~n", [gen_statem:stop(P1)]),
    receive {terminate, R1} -> io:format("terminate ~p~n", [R1]) end,
    {ok, P2} = gen_statem:start({local, gs_sa}, ?MODULE, self(), []),
    io:format("stop/3 ~p~n", [gen_statem:stop(gs_sa, {shutdown, why}, 1000)]),
    receive {terminate, R2} -> io:format("terminate ~p~n", [R2]) end,
    io:format("alive ~p~n", [is_process_alive(P2)]),
    {ok, P3} = gen_statem:start(?MODULE, self(), []),
    R3 = gen_statem:stop(P3, bad_reason, infinity),
    timer:sleep(50),
    io:format("stop/3 abnormal ~p~n", [R3]),
    receive {terminate, T3} -> io:format("terminate ~p~n", [T3]) end,
    {ok, P4} = gen_statem:start(?MODULE, {slow, self()}, []),
    io:format("slow ~p~n", [catch gen_statem:stop(P4, normal, 10)]),
    receive {terminate, T4} -> io:format("terminate ~p~n", [T4]) end,
    io:format("gone ~p~n", [catch gen_statem:stop(P4)]).

init(Parent) -> {ok, s, Parent}.
callback_mode() -> handle_event_function.

handle_event(_, _, _, _) -> keep_state_and_data.

terminate(Reason, _, {slow, Parent}) -> timer:sleep(50), Parent ! {terminate, Reason};
terminate(Reason, _, Parent) -> Parent ! {terminate, Reason}.

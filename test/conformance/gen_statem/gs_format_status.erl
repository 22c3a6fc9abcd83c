#!/usr/bin/env escript
-module(gs_format_status).
-export([main/1]).
-export([init/1, callback_mode/0, handle_event/4, format_status/1]).
-mode(compile).
%% Exercises: format_status/1 changes what sys:get_status and the crash report show
%% (state, data, postponed, timeouts, reason); a format_status/1 that crashes

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, hide, []),
    gen_statem:cast(P, later),
    {status, _, _, [_, _, _, _, Misc]} = sys:get_status(P),
    io:format("~p~n", [tl(Misc)]),
    Ref = monitor(process, P),
    gen_statem:cast(P, crash),
    receive {'DOWN', Ref, _, _, _} -> timer:sleep(50) end,
    {ok, P2} = gen_statem:start(?MODULE, broken, []),
    {status, _, _, [_, _, _, _, Misc2]} = sys:get_status(P2),
    io:format("~p~n", [lists:last(Misc2)]),
    Ref2 = monitor(process, P2),
    gen_statem:cast(P2, crash),
    receive {'DOWN', Ref2, _, _, _} -> timer:sleep(50) end.

init(How) -> {ok, secret_state, {How, password}}.
callback_mode() -> handle_event_function.

handle_event(cast, later, _, _) -> {keep_state_and_data, [postpone, {{timeout, t}, 5000, tmsg}]};
handle_event(cast, crash, _, _) -> error({crashed, password}).

format_status(#{data := {broken, _}}) -> error(broken);
format_status(Status) ->
    maps:map(fun (state, _) -> hidden_state;
                 (data, _) -> hidden_data;
                 (reason, _) -> hidden_reason;
                 (postponed, L) -> length(L);
                 (timeouts, L) -> [T || {T, _} <- L];
                 (_, V) -> V
             end, Status).

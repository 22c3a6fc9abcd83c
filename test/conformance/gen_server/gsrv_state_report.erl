#!/usr/bin/env escript
-module(gsrv_state_report).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
-mode(compile).
%% Exercises: the layout of the terminating report for large states and messages
%% (pretty printed across lines), a unicode string in the state, a {global, Name}
%% server name, an exit reason that is a deep term

init(S) -> {ok, S}.
handle_call(_, _From, S) -> {reply, S, S}.
handle_cast({stop, R}, S) -> {stop, R, S}.

main(_) ->
    Big = #{list => lists:seq(1, 40), name => "äöü name", nested => {a, {b, {c, [d, e, f]}}},
            bin => <<"some binary data here">>},
    {ok, P} = gen_server:start({global, gsrv_state_report}, ?MODULE, Big, []),
    M = monitor(process, P),
    gen_server:cast({global, gsrv_state_report},
                    {stop, {deep, [{reason, lists:duplicate(10, {x, y})}, "text"]}}),
    receive {'DOWN', M, _, _, R} -> timer:sleep(100), io:format("~p~n", [R]) end,
    ok.

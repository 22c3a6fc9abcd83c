#!/usr/bin/env escript
-module(sup_auto_shutdown).
-export([main/1, init/1, start_w/1]).
-mode(compile).
%% Exercises: auto_shutdown any_significant and all_significant: the
%% supervisor stops (reason shutdown) when significant children end.

init({Auto, Ids}) ->
    {ok, {#{auto_shutdown => Auto},
          [#{id => Id, start => {?MODULE, start_w, [Id]}, restart => transient, significant => Sig}
           || {Id, Sig} <- Ids]}}.

start_w(Id) -> {ok, reg(Id, spawn_link(fun() -> receive X -> exit(X) end end))}.

watch(S) -> unlink(S), monitor(process, S).

result(M) -> receive {'DOWN', M, _, _, R} -> {down, R} after 50 -> running end.

main(_) ->
    {ok, A} = supervisor:start_link(?MODULE, {any_significant, [{a1, true}, {a2, false}, {a3, true}]}),
    MA = watch(A),
    a2 ! normal, timer:sleep(20),
    io:format("a2 ended: ~p~n", [result(MA)]),
    a1 ! normal, timer:sleep(20),
    io:format("a1 ended: ~p ~p~n", [result(MA), whereis(a3)]),
    {ok, B} = supervisor:start_link(?MODULE, {all_significant, [{b1, true}, {b2, true}, {b3, false}]}),
    MB = watch(B),
    b1 ! shutdown, timer:sleep(20),
    io:format("b1 ended: ~p~n", [result(MB)]),
    b2 ! crash, timer:sleep(20),
    io:format("b2 crashed: ~p~n", [result(MB)]),
    b2 ! {shutdown, done}, timer:sleep(20),
    io:format("b2 ended: ~p ~p~n", [result(MB), whereis(b3)]),
    {ok, C} = supervisor:start_link(?MODULE, {any_significant, []}),
    io:format("~p~n", [supervisor:start_child(C, #{id => c1, start => {?MODULE, start_w, [c1]}, significant => true})]),
    {ok, _} = supervisor:start_child(C, #{id => c1, start => {?MODULE, start_w, [c1]}, significant => true, restart => temporary}),
    MC = watch(C),
    c1 ! {bad, exit}, timer:sleep(50),
    io:format("c1 crashed: ~p~n", [result(MC)]).

%% Registered by the start function (in the supervisor), so the name is
%% there as soon as the start returns.
reg(Name, Pid) -> register(Name, Pid), Pid.

#!/usr/bin/env escript
-module(sup_bad_start_spec).
-export([main/1, init/1]).
-mode(compile).
%% Exercises: init/1 returning bad child specs: {error, {start_spec, E}};
%% simple_one_for_one with other than one spec: {error, {bad_start_spec, L}}.

init(X) -> X.

try_init(X) ->
    Res = supervisor:start_link(?MODULE, X),
    timer:sleep(30),
    io:format("~p~n", [Res]),
    receive {'EXIT', _, R} -> io:format("  exit ~p~n", [R]) after 20 -> ok end.

main(_) ->
    process_flag(trap_exit, true),
    W = #{id => w, start => {m, f, []}},
    try_init({ok, {{one_for_one, 1, 1}, [W, W]}}),
    try_init({ok, {{one_for_one, 1, 1}, [W#{restart => never}]}}),
    try_init({ok, {{one_for_one, 1, 1}, [{w, {m, f, []}}]}}),
    try_init({ok, {#{strategy => simple_one_for_one}, []}}),
    try_init({ok, {#{strategy => simple_one_for_one}, [W, W#{id => v}]}}),
    try_init({ok, {#{strategy => simple_one_for_one}, [W#{shutdown => soon}]}}),
    try_init({ok, {#{strategy => simple_one_for_one}, [W]}}),
    try_init({ok, {#{}, [W#{significant => true, restart => transient}]}}),
    ok.

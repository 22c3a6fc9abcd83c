#!/usr/bin/env escript
-module(sup_check_childspecs).
-export([main/1]).
-mode(compile).
%% Exercises: supervisor:check_childspecs/1,2 and the error of each kind of
%% bad child spec (map and tuple forms), duplicates, bad auto_shutdown.

ok_spec() -> {a, {m, f, []}, permanent, 100, worker, [m]}.

main(_) ->
    Cases = [[],
             [ok_spec()],
             [#{id => a, start => {m, f, []}}],
             [#{start => {m, f, []}}],
             [#{id => a}],
             [#{id => a, start => {m, f}}],
             [#{id => a, start => {m, "f", []}}],
             [#{id => a, start => {m, f, x}}],
             [#{id => a, start => {m, f, []}, restart => sometimes}],
             [#{id => a, start => {m, f, []}, type => boss}],
             [#{id => a, start => {m, f, []}, shutdown => -1}],
             [#{id => a, start => {m, f, []}, shutdown => 1.5}],
             [#{id => a, start => {m, f, []}, modules => [m, "n"]}],
             [#{id => a, start => {m, f, []}, modules => m}],
             [#{id => a, start => {m, f, []}, modules => dynamic}],
             [#{id => a, start => {m, f, []}, significant => maybe}],
             [#{id => a, start => {m, f, []}, significant => true}],
             [#{id => a, start => {m, f, []}, restart => bad, type => bad}],
             [ok_spec(), ok_spec()],
             [ok_spec(), #{id => a, start => {x, y, []}}],
             [{a, {m, f, []}, permanent, 100, worker}],
             [{a, {m, f, []}, permanent, infinity, supervisor, dynamic}],
             [{a, {m, f, []}, permanent, brutal_kill, worker, []}],
             [foo],
             [ok_spec() | bar]],
    [io:format("~p~n", [catch supervisor:check_childspecs(C)]) || C <- lists:droplast(Cases)],
    io:format("~p~n", [supervisor:check_childspecs(not_a_list)]),
    Sig = [#{id => s, start => {m, f, []}, restart => transient, significant => true}],
    [io:format("~p: ~p~n", [A, supervisor:check_childspecs(Sig, A)])
     || A <- [undefined, never, any_significant, all_significant, other]],
    Perm = [#{id => s, start => {m, f, []}, significant => true}],
    io:format("~p~n", [supervisor:check_childspecs(Perm, any_significant)]),
    io:format("~p~n", [supervisor:check_childspecs(x, bogus)]).

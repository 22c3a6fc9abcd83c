#!/usr/bin/env escript
-module(sys_info).
-export([main/1]).
-mode(compile).
%% Exercises: erlang:system_info/1, statistics/1, memory/0,1, nodes/0,1, is_alive/0: values and shapes, bad arguments

main(_) ->
    [p({K, erlang:system_info(K)}) || K <- [otp_release, wordsize, {wordsize, internal}, {wordsize, external},
                                             process_limit, atom_limit, machine, smp_support, threads,
                                             build_type, heap_type, compat_rel, time_warp_mode, creation, dist_ctrl]],
    [p({K, is_integer(erlang:system_info(K))}) || K <- [schedulers, schedulers_online, logical_processors]],
    p({version_is_string, io_lib:printable_list(erlang:system_info(version))}),
    p({system_version_prefix, lists:prefix("Erlang/OTP 25 ", erlang:system_info(system_version))}),
    p(e(catch erlang:system_info(no_such_item))),
    p(e(catch erlang:system_info({foo, bar}))),
    {RT, _} = erlang:statistics(runtime),
    {WC, _} = erlang:statistics(wall_clock),
    p({runtime_wall_clock, is_integer(RT), is_integer(WC)}),
    p({run_queue, is_integer(erlang:statistics(run_queue))}),
    {R1, R2} = erlang:statistics(reductions),
    p({reductions, is_integer(R1), is_integer(R2)}),
    {{input, In}, {output, Out}} = erlang:statistics(io),
    p({io, is_integer(In), is_integer(Out)}),
    p(e(catch erlang:statistics(no_such_item))),
    Mem = erlang:memory(),
    p([K || {K, V} <- Mem, is_integer(V)]),
    p(is_integer(erlang:memory(total))),
    p([K || {K, _} <- erlang:memory([ets, total])]),
    p(e(catch erlang:memory(no_such_kind))),
    p([nodes(), nodes(connected), nodes(visible), nodes(hidden), nodes(known), nodes(this), nodes([this, visible])]),
    p(e(catch nodes(foo))),
    p({is_alive(), node()}).

e({'EXIT', {R, [Top | _]}}) -> {R, Top};
e(X) -> X.

p(X) -> io:format("~p~n", [X]).

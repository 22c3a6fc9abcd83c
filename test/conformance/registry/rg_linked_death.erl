#!/usr/bin/env escript
-module(rg_linked_death).
-export([main/1]).
-mode(compile).
%% Exercises: registered processes killed by exit signals through links: names are freed by the time EXIT arrives

main(_) ->
    process_flag(trap_exit, true),
    Me = self(),
    %% A is linked to us and to B; B crashes; A dies of it; both names are freed
    A = spawn_link(fun() ->
                           register(rg_ld_a, self()),
                           B = spawn_link(fun() ->
                                                  register(rg_ld_b, self()),
                                                  Me ! b_ready,
                                                  receive crash -> exit(b_crashed) end
                                          end),
                           Me ! {a_ready, B},
                           receive never -> ok end
                   end),
    B = receive {a_ready, Pb} -> Pb end,
    receive b_ready -> ok end,
    io:format("both registered ~p~n", [{whereis(rg_ld_a) =:= A, whereis(rg_ld_b) =:= B}]),
    rg_ld_b ! crash,
    receive {'EXIT', A, Why} -> io:format("A exited ~p~n", [Why]) end,
    io:format("names ~p ~p~n", [whereis(rg_ld_a), whereis(rg_ld_b)]),
    io:format("members ~p~n", [[lists:member(N, registered()) || N <- [rg_ld_a, rg_ld_b]]]),
    %% a registered process that traps exits survives and keeps its name
    C = spawn_link(fun() ->
                           process_flag(trap_exit, true),
                           register(rg_ld_c, self()),
                           Me ! c_ready,
                           receive {'EXIT', _, R} -> Me ! {c_trapped, R} end,
                           receive stop -> ok end
                   end),
    receive c_ready -> ok end,
    exit(C, please_stop),
    receive {c_trapped, R} -> io:format("C trapped ~p~n", [R]) end,
    io:format("C keeps name ~p~n", [whereis(rg_ld_c) =:= C]),
    rg_ld_c ! stop,
    receive {'EXIT', C, CWhy} -> io:format("C exited ~p~n", [CWhy]) end,
    io:format("C name ~p~n", [whereis(rg_ld_c)]).

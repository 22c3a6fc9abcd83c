#!/usr/bin/env escript
-module(io_lib_leaf_shapes).
-export([main/1]).
-mode(compile).
%% Exercises: the list io_lib:format returns for ~w, ~W and ~p of a leaf term (an
%% external fun, a float, a long atom, a long integer, a string) is flat, as OTP's

main(_) ->
    Terms = [fun lists:map/2, fun erlang:is_atom/1, 3.14159, -2.5e-10, a_rather_long_atom_name,
             123456789012345678901234567890, "a string of some length", 'quoted atom here'],
    [begin
         W = io_lib:format("~w", [T]),
         P = io_lib:format("~p", [T]),
         D = io_lib:format("~W", [T, 5]),
         io:format("~w ~w ~w ~w~n", [W =:= [lists:flatten(W)], P =:= [lists:flatten(P)],
                                     D =:= [lists:flatten(D)], lists:flatten(W)])
     end || T <- Terms],
    ok.

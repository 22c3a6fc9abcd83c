#!/usr/bin/env escript
-module(pr_msg_terms).
-export([main/1]).
-mode(compile).
%% Exercises: messages of every term type round-trip through another process unchanged

echo() ->
    receive
        {From, T} -> From ! {self(), T}, echo();
        stop -> ok
    end.

main(_) ->
    E = spawn(fun echo/0),
    Big = 1 bsl 200 + 12345,
    LargeBin = binary:copy(<<"0123456789">>, 1000),
    <<_:3/binary, Sub:5/binary, _/binary>> = <<"abcdefghijklmnop">>,
    Terms = [atom, 42, -7, Big, -Big, 3.25, -0.0, <<>>, <<1, 2, 3>>, <<1:3>>, Sub,
             "string", [1, [2, [3]]], [a | b], {}, {a, {b, {c, {d}}}},
             #{}, #{a => 1, <<"k">> => [v], {t} => #{nested => true}},
             self(), E, make_ref(), [], 'quoted atom', $x, 1.0e300],
    lists:foreach(fun(T) ->
                          E ! {self(), T},
                          receive {E, Back} ->
                                  io:format("~w same ~p~n", [type(T), Back =:= T])
                          end
                  end, Terms),
    E ! {self(), LargeBin},
    receive {E, LB} -> io:format("large bin ~p ~p~n", [byte_size(LB), LB =:= LargeBin]) end,
    E ! {self(), Sub},
    receive {E, S} -> io:format("sub ~p~n", [S]) end,
    E ! {self(), Big},
    receive {E, B} -> io:format("big ~p~n", [B]) end,
    E ! {self(), {deep, lists:foldl(fun(I, Acc) -> {I, Acc} end, nil, lists:seq(1, 1000))}},
    receive {E, {deep, D}} -> io:format("deep ~p~n", [element(1, D)]) end,
    E ! stop.

type(T) when is_atom(T) -> atom;
type(T) when is_integer(T) -> integer;
type(T) when is_float(T) -> float;
type(T) when is_binary(T) -> binary;
type(T) when is_bitstring(T) -> bitstring;
type(T) when is_list(T) -> list;
type(T) when is_tuple(T) -> tuple;
type(T) when is_map(T) -> map;
type(T) when is_pid(T) -> pid;
type(T) when is_reference(T) -> reference.

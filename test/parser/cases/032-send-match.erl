-module('032-send-match').
f(P, Q) ->
    P ! msg,
    P ! Q ! msg,
    P ! {self(), ref},
    A = B = P ! msg,
    (A = B) ! x,
    {A, B}.

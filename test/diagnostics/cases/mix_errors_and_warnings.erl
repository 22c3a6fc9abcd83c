-module(mix_errors_and_warnings).
-export([f/1]).
-record(unused_rec, {a}).
f(A) ->
    B = 1,
    case A of
        x -> C = 1;
        _ -> ok
    end,
    {C, D, g(A)}.
unused() -> ok.

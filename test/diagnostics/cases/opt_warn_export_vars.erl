-module(opt_warn_export_vars).
-compile(warn_export_vars).
-export([f/1]).
f(A) ->
    case A of
        1 -> X = 1;
        _ -> X = 2
    end,
    X + 1.

-module(var_stacktrace_guard).
-export([f/1]).
f(A) ->
    try A()
    catch
        error:R:St when length(St) > 0 -> R
    end.

-module(var_stacktrace_ok).
-export([f/1]).
f(A) ->
    try A()
    catch
        Class:Reason:Stack -> {Class, Reason, Stack}
    end.

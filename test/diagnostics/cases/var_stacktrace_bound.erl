-module(var_stacktrace_bound).
-export([f/2]).
f(A, St) ->
    try A()
    catch
        error:_:St -> ok
    end.

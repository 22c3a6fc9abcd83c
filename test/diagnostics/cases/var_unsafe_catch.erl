-module(var_unsafe_catch).
-export([f/1]).
f(A) ->
    catch (X = A()),
    X.

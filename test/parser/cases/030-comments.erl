%% A module with comments in many places.
-module('030-comments'). % trailing
%% before a function
f(X) -> % after arrow
    %% in body
    X + % mid-expression
        1. % after dot
g() -> "% not a comment".

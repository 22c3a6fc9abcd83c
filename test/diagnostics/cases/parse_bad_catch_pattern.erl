-module(parse_bad_catch_pattern).
-export([f/0]).
f() ->
    try ok
    catch a:b:c:d -> ok
    end.

-module(not_this_name).
-export([f/0]).
-error("stop here").
f() -> ok.

-module(beh_undefined).
-behaviour(no_such_behaviour_module).
-export([f/0]).
f() -> ok.

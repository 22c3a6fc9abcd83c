-module(rec_unused_in_include).
-export([f/0]).
-include("rec_inc.hrl").
f() -> ok.

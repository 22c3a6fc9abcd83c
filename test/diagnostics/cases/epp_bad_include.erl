-module(epp_bad_include).
-include("no_such_file.hrl").
-export([f/0]).
f() -> ok.

-module(mix_tabs).
-export([f/0]).
f() ->
		X.

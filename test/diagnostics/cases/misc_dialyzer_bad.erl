-module(misc_dialyzer_bad).
-export([f/0]).
-dialyzer(no_such_option).
-dialyzer({nowarn_function, nope/0}).
-dialyzer({no_return, [f/0]}).
-dialyzer("string").
f() -> ok.

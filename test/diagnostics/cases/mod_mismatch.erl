-module(not_the_file_name).
-export([f/0]).
f() -> ok.

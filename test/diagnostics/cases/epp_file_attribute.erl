-module(epp_file_attribute).
-export([f/0]).
-file("other_name.erl", 100).
f() -> X.

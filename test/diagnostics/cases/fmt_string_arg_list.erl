-module(fmt_string_arg_list).
-export([f/0]).
f() -> io:format("~s ~s", "ab").

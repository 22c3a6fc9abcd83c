-module(parse_bad_attribute_value).
-export([f/0]).
-my_attr(X).
f() -> ok.

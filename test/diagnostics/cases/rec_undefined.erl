-module(rec_undefined).
-export([f/0]).
f() -> #nope{}.

-module(mix_same_line).
-export([f/0]).
f() -> {X, g(), #nope{}, Y}.

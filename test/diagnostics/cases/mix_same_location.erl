-module(mix_same_location).
-export([f/1]).
f(#{K := V, K := W}) -> {V, W}.

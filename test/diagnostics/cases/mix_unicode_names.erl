-module(mix_unicode_names).
-export([f/0]).
f() -> Äbc = "€uro", ok.

-module(mix_unicode_atoms).
-export([f/0]).
f() -> 'héllo'(), '€'().

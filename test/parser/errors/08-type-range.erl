-module('08-type-range').
-type t() :: 1..2..3.
-type u() :: 1 .. 2 | 3..4..5.


-module('17-type-declaration').
-type t :: x.
-type m:t() :: x.
-opaque(t, {a :: b}).


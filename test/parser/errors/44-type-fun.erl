-module('44-type-fun').
-type t() :: fun(() -> ).
-type u() :: fun((a) ok).
-type v() :: fun(a).


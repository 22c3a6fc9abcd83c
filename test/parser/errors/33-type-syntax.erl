-module('33-type-syntax').
-type t() :: fun((...)).
-type u() :: [integer(), ...,].
-type v() :: #{a :: b}.
-type w() :: #r{a = 1}.
-type x() :: X :: Y | Z :: W.


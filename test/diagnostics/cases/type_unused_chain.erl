-module(type_unused_chain).
-export([f/0]).
-type a() :: b().
-type b() :: a() | integer().
f() -> ok.

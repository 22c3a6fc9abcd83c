-module('09-export').
-export([f/a]).
-export([F/1]).
-export(foo).
-export([f/1], x).
-export([f/1 | g]).


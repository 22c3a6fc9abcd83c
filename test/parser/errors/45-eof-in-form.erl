-module('45-eof-in-form').
f() -> case X of


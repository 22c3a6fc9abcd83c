-module('01-missing-dot').
f() -> ok

-module('37-receive').
f() -> receive after 1 end.
g() -> receive X -> X after end.
h() -> receive X -> ok; end.


-module('38-try').
f() -> try ok of end.
g() -> try ok catch end.
h() -> try ok after end.
i() -> try ok catch _ -> ok after end.


-module('25-keywords').
f() -> end.
g() -> case X of end.
h() -> receive end.
i() -> if end.
j() -> try ok end.
k() -> begin end.


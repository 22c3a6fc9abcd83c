-module('22-catch-class').
f() -> try x catch (X):Y -> ok end.
g() -> try x catch a + b:Y -> ok end.
h() -> try x catch X:Y:foo -> ok end.
i() -> try x catch X:Y:Z:W -> ok end.


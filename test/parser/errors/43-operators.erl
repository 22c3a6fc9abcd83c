-module('43-operators').
f() -> a ++ ++ b.
g() -> a orelse.
h() -> not.
i() -> a andalso andalso b.


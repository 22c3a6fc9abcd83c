-module('35-records').
f() -> #r{a = 1, b}.
g() -> #r{a := 1}.
h() -> #r{1 = 2}.
i() -> #r.


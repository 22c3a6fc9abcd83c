-module(scan_errors).
a() -> 16#G + 1.
b() -> 1#0.
c() -> 99#1.
d() -> 1.5e.
e() -> 'x\x{zz}y'.
f() -> "a\x{110000}b".
g() -> $\x{D800}.
h() -> 1.0e400.
i() -> 2#102.
j() -> 1_ + 1__2.
k() -> ∀.
l() -> ok.
-ifdef(NO).
m() -> 16#G.
n() -> "unterminated in skipped
-endif.
o() -> after_skip.

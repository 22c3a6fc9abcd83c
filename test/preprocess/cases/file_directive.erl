-module(file_directive).
foo() -> 16#G + 1.
bar() -> "abc
def" ++ 'x'.
-file("zz.yrl", 100).
baz() -> ?LINE. -file("yy", 5). x() -> ?FILE.
y() -> ?LINE.
-include("include/h.hrl").
z() -> ?FILE.

-module(invalid_utf8).
a() -> 1.
b() -> "ok ÿ bad".
c() -> 2.

-module(invalid_utf8_start).
a() -> 1.
ÿc() -> 2.

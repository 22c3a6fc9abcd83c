-module(invalid_utf8_ws).
a() -> 1.
   ÿ
c() -> 2.

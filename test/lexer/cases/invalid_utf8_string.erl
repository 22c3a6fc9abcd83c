a() -> 1.
b() -> "ok ÿ bad".

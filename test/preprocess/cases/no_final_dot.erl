-module(no_final_dot).
a() -> 1.
b() -> ?LINE
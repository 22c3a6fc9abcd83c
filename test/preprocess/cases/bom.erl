-module(bom).
a() -> 1.

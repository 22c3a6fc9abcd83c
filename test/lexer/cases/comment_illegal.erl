a() -> 1. % bad ￿ here . b() -> 2.
c() -> 3.

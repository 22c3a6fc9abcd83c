-ifdef(NOT_DEFINED).
hidden() -> 1.

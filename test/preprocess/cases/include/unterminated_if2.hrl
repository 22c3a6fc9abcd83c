-ifndef(NOT_DEFINED).
shown() -> 1.

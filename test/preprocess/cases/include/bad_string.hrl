ok() -> 1.
bad() -> "unterminated.

plain() -> ?FILE.

no_newline() -> 1.
last_form() -> cut
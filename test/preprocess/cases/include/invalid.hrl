inc_ok() -> 1.
inc_bad() -> xé.

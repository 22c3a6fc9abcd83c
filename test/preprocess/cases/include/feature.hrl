-feature(maybe_expr, enable).
inc() -> maybe.

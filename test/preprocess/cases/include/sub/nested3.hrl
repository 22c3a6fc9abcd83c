n3() -> {?FILE, ?LINE}.

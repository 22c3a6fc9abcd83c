a() -> abcÿ.

-module(invalid_utf8_atom).
-ifdef(X).
a() -> abcÿ.

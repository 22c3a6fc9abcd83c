-module(unterminated_atom).
-ifndef(X).
a() -> 'never closed

-module('069-file-attr').
-file("generated.erl", 100).
f() -> ok.
-file("other.erl", 1).
g() -> ok.

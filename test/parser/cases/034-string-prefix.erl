-module('034-string-prefix').
f("abc" ++ T) -> T;
f("a" "b" ++ T) -> T;
f([$x | "yz"] ++ T) -> T;
f("" ++ T) -> T.
g(X) -> "abc" ++ X.

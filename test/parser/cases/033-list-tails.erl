-module('033-list-tails').
f(T) -> {[a | T], [a, b | T], [a | [b | [c | []]]], [[a] | [b]], [T | T], [a, b, c | "str"], [f() | g()]}.
g([A, B | T]) -> {A, B, T};
g([_ | [_ | _]]) -> ok.

-module('39-attribute-forms').
-foo (a) + 1.
-bar (a, b) + 1.
-baz a, b.
-qux(a, b :: c).
- .
-'if'(x).


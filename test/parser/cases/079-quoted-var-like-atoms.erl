-module('079-quoted-var-like-atoms').
f() -> ['X', '_', '_x', 'Abc', 'A b', 'ABC'].
-record('Rec', {'Field' = 'Default'}).
g(#'Rec'{'Field' = F}) -> F.

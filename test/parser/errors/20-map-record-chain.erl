-module('20-map-record-chain').
f() -> #{a => 1}#r.x.
g(X) -> X#r.a#{}.
h(X) -> X#r.a(1).
i(X) -> X#{}:f().


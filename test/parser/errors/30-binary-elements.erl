-module('30-binary-elements').
f() -> <<X:8/unit:>>.
g() -> <<X:8/integer-:8>>.
h() -> <<X/8>>.
i() -> <<(X):(Y)/integer, Z:1+2>>.


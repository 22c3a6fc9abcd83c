-module('059-tuple-forms').
f() -> {{}, {{}}, {a}, {a, b}, {a, {b, {c, {d}}}}, {[a], <<"b">>, #{c => d}, fun f/0}}.

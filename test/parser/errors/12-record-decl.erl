-module('12-record-decl').
-record(r, x).
-record(r, {f(), a}).
-record(r, {a :: integer(), b + 1}).
-record(R, {a :: integer()}).
-record(r, {a, b} + 1).
-record(r, {a}, x).


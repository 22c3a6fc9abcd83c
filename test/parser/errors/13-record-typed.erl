-module('13-record-typed').
-record(r, {a = 1, b :: integer() | foo = 3}).
-record(r, {a :: integer()}, x).
-record(r, {a, {b :: c}}).


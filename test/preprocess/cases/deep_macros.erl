-module(deep_macros).
-define(L0, x).
-define(L1, {?L0, ?L0}).
-define(L2, {?L1, ?L1}).
-define(L3, {?L2, ?L2}).
-define(L4, {?L3, ?L3}).
-define(L5, {?L4, ?L4}).
a() -> ?L5.
-define(A1(X), {X}).
-define(A2(X), ?A1(?A1(X))).
-define(A3(X), ?A2(?A2(X))).
b() -> ?A3(y).

%% -*- coding: latin-1 -*-
-module(latin1_file).
-define(S, "café").
a() -> {?S, ??S, 'été', été, Été, $ÿ}.
-define(STR(X), ??X).
b() -> ?STR(é "é").

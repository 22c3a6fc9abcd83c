-module(utf8_file).
-define(S, "café ∀ 😀").
a() -> {?S, 'été', été, $∀, $😀}.
-define(STR(X), ??X).
b() -> ?STR("∀" '∀' $∀), ?LINE. % 😀 comment
😀c() -> '😀', ?LINE.

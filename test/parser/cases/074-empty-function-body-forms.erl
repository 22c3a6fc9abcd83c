-module('074-empty-function-body-forms').
f() -> ok.
g(_) -> ok.
h(_, _) -> ok.

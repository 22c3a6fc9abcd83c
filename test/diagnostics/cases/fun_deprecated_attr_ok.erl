-module(fun_deprecated_attr_ok).
-export([f/0]).
-deprecated([{f, 0, "use g/0"}, {f, '_'}, module]).
f() -> ok.

-module('052-stringify-macros').
-define(S(X), ??X).
-define(LOG(Fmt, Args), io:format("~s: " Fmt, [?MODULE | Args])).
f(A) -> {?S(A + 1), ?S({x, [y]}), ?LOG("~p", [A])}.

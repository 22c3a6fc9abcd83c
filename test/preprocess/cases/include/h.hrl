-define(H(X), {X, h, X}).
-define(Z, zz).
hfun() -> ?Z.

-module('18-spec-constraints').
-spec f(X) -> ok when _ :: t().
-spec g(X) -> ok when foo(X, t()).
-spec h(X) -> ok when is_subtype(1, t()).
-spec i(X) -> ok when is_subtype(X, t(), u()).
-spec j(X) -> ok when _ :: t() foo.

